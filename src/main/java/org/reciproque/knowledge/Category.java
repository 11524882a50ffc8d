package org.reciproque.knowledge;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * A category of one network's tree (two levels). Each network starts from the default
 * French tree and adapts it: rename, add, hide, merge, edit synonyms.
 */
@Entity
@Table(name = "category")
class Category extends BaseEntity {

	private long networkId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private @Nullable Category parent;

	@KeywordField(aggregable = Aggregable.YES)
	private String code;

	@FullTextField(analyzer = SearchAnalyzers.FRENCH, searchAnalyzer = SearchAnalyzers.FRENCH_QUERY)
	private String label;

	@FullTextField(analyzer = SearchAnalyzers.FRENCH, searchAnalyzer = SearchAnalyzers.FRENCH_QUERY)
	private @Nullable String synonyms;

	@FullTextField(analyzer = SearchAnalyzers.FRENCH, searchAnalyzer = SearchAnalyzers.FRENCH_QUERY)
	private @Nullable String keywords;

	private @Nullable String prompts;

	private int position;

	private boolean hidden;

	protected Category() {
		this.code = "";
		this.label = "";
	}

	Category(long networkId, @Nullable Category parent, String code, String label, @Nullable String synonyms,
			@Nullable String keywords, @Nullable String prompts, int position) {
		this.networkId = networkId;
		this.parent = parent;
		this.code = code;
		this.label = label;
		this.synonyms = synonyms;
		this.keywords = keywords;
		this.prompts = prompts;
		this.position = position;
	}

	void rename(String newLabel) {
		this.label = newLabel;
	}

	void editWords(@Nullable String newSynonyms, @Nullable String newKeywords) {
		this.synonyms = newSynonyms;
		this.keywords = newKeywords;
	}

	void hide() {
		this.hidden = true;
	}

	void show() {
		this.hidden = false;
	}

	long getNetworkId() {
		return this.networkId;
	}

	@Nullable Category getParent() {
		return this.parent;
	}

	String getCode() {
		return this.code;
	}

	String getLabel() {
		return this.label;
	}

	@Nullable String getSynonyms() {
		return this.synonyms;
	}

	@Nullable String getKeywords() {
		return this.keywords;
	}

	boolean isHidden() {
		return this.hidden;
	}

	int getPosition() {
		return this.position;
	}

	List<String> promptList() {
		return (this.prompts == null || this.prompts.isBlank()) ? List.of()
				: Arrays.stream(this.prompts.split(";")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	List<String> synonymList() {
		return split(this.synonyms);
	}

	List<String> keywordList() {
		return split(this.keywords);
	}

	static List<String> split(@Nullable String words) {
		return (words == null || words.isBlank()) ? List.of()
				: Arrays.stream(words.split(",")).map(String::strip).filter((w) -> !w.isEmpty()).toList();
	}

	CategoryView toView() {
		return new CategoryView(getId(), this.code, this.label, (this.parent != null) ? this.parent.getCode() : null,
				synonymList(), keywordList(), promptList(), this.hidden);
	}

}
