package org.reciproque.knowledge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * An offer or a request of knowledge, written by a member or by an animator on their
 * behalf (recorded in {@code writtenById}).
 */
@Entity
@Table(name = "knowledge")
@Indexed(index = "knowledge")
class Knowledge extends BaseEntity {

	@GenericField
	private long networkId;

	@GenericField
	private long memberId;

	private @Nullable Long writtenById;

	@Enumerated(EnumType.STRING)
	@KeywordField(aggregable = Aggregable.YES)
	private Direction direction;

	@FullTextField(analyzer = SearchAnalyzers.FRENCH, searchAnalyzer = SearchAnalyzers.FRENCH_QUERY)
	@FullTextField(name = "title_folded", analyzer = SearchAnalyzers.FOLDED)
	private String title;

	@FullTextField(analyzer = SearchAnalyzers.FRENCH, searchAnalyzer = SearchAnalyzers.FRENCH_QUERY)
	@FullTextField(name = "description_folded", analyzer = SearchAnalyzers.FOLDED)
	private @Nullable String description;

	@Enumerated(EnumType.STRING)
	private @Nullable Nature nature;

	@Convert(converter = EnumSetConverter.Formats.class)
	@KeywordField
	private Set<Format> formats = EnumSet.noneOf(Format.class);

	@Enumerated(EnumType.STRING)
	@KeywordField
	private Mode mode = Mode.IN_PERSON;

	private @Nullable String town;

	private @Nullable String availability;

	@Convert(converter = EnumSetConverter.Weekdays.class)
	private Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);

	@Convert(converter = EnumSetConverter.DayParts.class)
	private Set<DayPart> dayParts = EnumSet.noneOf(DayPart.class);

	@Enumerated(EnumType.STRING)
	@KeywordField
	private Visibility visibility = Visibility.NETWORK;

	@Enumerated(EnumType.STRING)
	@KeywordField
	private KnowledgeStatus status = KnowledgeStatus.ACTIVE;

	@ManyToMany
	@JoinTable(name = "knowledge_category", joinColumns = @JoinColumn(name = "knowledge_id"),
			inverseJoinColumns = @JoinColumn(name = "category_id"))
	@IndexedEmbedded(includePaths = { "code", "label", "synonyms", "keywords" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Category> categories = new LinkedHashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	protected Knowledge() {
		this.direction = Direction.OFFER;
		this.title = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Knowledge(long networkId, long memberId, @Nullable Long writtenById, Direction direction, Instant now) {
		this.networkId = networkId;
		this.memberId = memberId;
		this.writtenById = writtenById;
		this.direction = direction;
		this.title = "";
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Applies what the author (or an animator) wrote. Text is kept as plain text.
	 */
	void update(KnowledgeCommand command, Set<Category> newCategories, Instant now) {
		this.direction = command.direction();
		this.title = command.title().strip();
		this.description = blankToNull(command.description());
		this.nature = command.nature();
		this.formats = copy(command.formats(), Format.class);
		this.mode = (command.mode() != null) ? command.mode() : Mode.IN_PERSON;
		this.town = blankToNull(command.town());
		this.availability = blankToNull(command.availability());
		this.weekdays = copy(command.weekdays(), DayOfWeek.class);
		this.dayParts = copy(command.dayParts(), DayPart.class);
		this.visibility = (command.visibility() != null) ? command.visibility() : Visibility.NETWORK;
		if (command.status() != null) {
			this.status = command.status();
		}
		this.categories = new LinkedHashSet<>(newCategories);
		this.updatedAt = now;
	}

	void changeStatus(KnowledgeStatus newStatus, Instant now) {
		this.status = newStatus;
		this.updatedAt = now;
	}

	void replaceCategory(Category from, Category to) {
		if (this.categories.remove(from)) {
			this.categories.add(to);
		}
	}

	private static <E extends Enum<E>> Set<E> copy(@Nullable Set<E> values, Class<E> type) {
		return (values == null || values.isEmpty()) ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	long getNetworkId() {
		return this.networkId;
	}

	long getMemberId() {
		return this.memberId;
	}

	@Nullable Long getWrittenById() {
		return this.writtenById;
	}

	Direction getDirection() {
		return this.direction;
	}

	String getTitle() {
		return this.title;
	}

	@Nullable String getDescription() {
		return this.description;
	}

	KnowledgeStatus getStatus() {
		return this.status;
	}

	Set<Category> getCategories() {
		return this.categories;
	}

	KnowledgeView toView() {
		return new KnowledgeView(getId(), this.networkId, this.memberId, this.writtenById, this.direction, this.title,
				this.description, this.categories.stream().map(Category::getCode).sorted().toList(), this.nature,
				this.formats, this.mode, this.town, this.availability, this.weekdays, this.dayParts, this.visibility,
				this.status, this.createdAt, this.updatedAt);
	}

}
