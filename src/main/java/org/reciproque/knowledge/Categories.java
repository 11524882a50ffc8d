package org.reciproque.knowledge;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.reciproque.network.NetworkCreated;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree of each network: seeded from the default tree when the network is
 * created, then adapted by its animators.
 */
@Service
public class Categories {

	static final int MAX_CODE_LENGTH = 60;

	static final int MAX_WORDS_LENGTH = 2000;

	private final CategoryRepository repository;

	private final KnowledgeRepository knowledge;

	private final EntityManager entityManager;

	private final BoardVersion boardVersion;

	Categories(CategoryRepository repository, KnowledgeRepository knowledge, EntityManager entityManager,
			BoardVersion boardVersion) {
		this.repository = repository;
		this.knowledge = knowledge;
		this.entityManager = entityManager;
		this.boardVersion = boardVersion;
	}

	@EventListener
	@Transactional
	void seed(NetworkCreated event) {
		if (this.repository.countByNetworkId(event.networkId()) > 0) {
			return;
		}
		Map<String, Category> byCode = new HashMap<>();
		int position = 0;
		for (DefaultCategoryTree.Entry entry : DefaultCategoryTree.entries()) {
			Category parent = (entry.parentCode() != null) ? byCode.get(entry.parentCode()) : null;
			Category category = new Category(event.networkId(), parent, entry.code(), entry.label(), entry.synonyms(),
					entry.keywords(), entry.prompts(), position++);
			byCode.put(entry.code(), this.repository.save(category));
		}
	}

	/**
	 * The whole tree of a network, hidden categories included, in display order.
	 */
	@Transactional(readOnly = true)
	public List<CategoryView> tree(long networkId) {
		return this.repository.findByNetworkIdOrderByPositionAscIdAsc(networkId)
			.stream()
			.map(Category::toView)
			.toList();
	}

	/**
	 * Adds a category (top level, or under {@code parentCode}).
	 */
	@Transactional
	public CategoryView add(long networkId, @Nullable String parentCode, String label) {
		Category parent = (parentCode == null || parentCode.isBlank()) ? null : find(networkId, parentCode);
		if (parent != null && parent.getParent() != null) {
			throw new ConflictException("category.tooDeep");
		}
		String prefix = (parent != null) ? parent.getCode() + "/" : "";
		// Codes are at most 60 characters: leave room for the prefix and a "-N" suffix.
		String base = slugify(label, MAX_CODE_LENGTH - prefix.length() - 4);
		String code = prefix + base;
		int suffix = 2;
		while (this.repository.existsByNetworkIdAndCode(networkId, code)) {
			code = prefix + base + "-" + suffix++;
		}
		int position = this.repository.findByNetworkIdOrderByPositionAscIdAsc(networkId)
			.stream()
			.mapToInt(Category::getPosition)
			.max()
			.orElse(0) + 1;
		this.boardVersion.bump(networkId);
		return this.repository.save(new Category(networkId, parent, code, label.strip(), null, null, null, position))
			.toView();
	}

	@Transactional
	public CategoryView rename(long networkId, String code, String label) {
		Category category = find(networkId, code);
		category.rename(label.strip());
		reindexItemsOf(category);
		this.boardVersion.bump(networkId);
		return category.toView();
	}

	@Transactional
	public CategoryView editWords(long networkId, String code, @Nullable String synonyms, @Nullable String keywords) {
		Category category = find(networkId, code);
		category.editWords(normalizeList(synonyms), normalizeList(keywords));
		reindexItemsOf(category);
		this.boardVersion.bump(networkId);
		return category.toView();
	}

	@Transactional
	public CategoryView setHidden(long networkId, String code, boolean hidden) {
		Category category = find(networkId, code);
		if (hidden) {
			category.hide();
		}
		else {
			category.show();
		}
		this.boardVersion.bump(networkId);
		return category.toView();
	}

	/**
	 * Moves every item of {@code fromCode} to {@code intoCode}, then hides
	 * {@code fromCode}; its words join the target's synonyms so that searches keep
	 * finding them.
	 */
	@Transactional
	public CategoryView merge(long networkId, String fromCode, String intoCode) {
		if (fromCode.equals(intoCode)) {
			throw new ConflictException("category.mergeSelf");
		}
		Category from = find(networkId, fromCode);
		Category into = find(networkId, intoCode);
		boolean hasVisibleChildren = this.repository.findByNetworkIdOrderByPositionAscIdAsc(networkId)
			.stream()
			.anyMatch((category) -> category.getParent() == from && !category.isHidden());
		if (hasVisibleChildren) {
			throw new ConflictException("category.merge.hasChildren");
		}
		for (Knowledge item : this.knowledge.findByCategory(from)) {
			item.replaceCategory(from, into);
		}
		String label = from.getLabel().replace(",", " ");
		into.editWords(capped(joinWords(into.synonymList(), List.of(label), from.synonymList())),
				capped(joinWords(into.keywordList(), from.keywordList())));
		from.hide();
		reindexItemsOf(into);
		this.boardVersion.bump(networkId);
		return into.toView();
	}

	Category find(long networkId, String code) {
		return this.repository.findByNetworkIdAndCode(networkId, code)
			.orElseThrow(() -> new NotFoundException("error.category.notFound"));
	}

	private void reindexItemsOf(Category category) {
		var plan = Search.session(this.entityManager).indexingPlan();
		this.knowledge.findByCategory(category).forEach(plan::addOrUpdate);
	}

	@SafeVarargs
	private static List<String> joinWords(List<String>... lists) {
		return java.util.Arrays.stream(lists).flatMap(List::stream).distinct().toList();
	}

	private static @Nullable String normalizeList(@Nullable String words) {
		List<String> list = Category.split(words);
		return list.isEmpty() ? null : String.join(", ", list.stream().distinct().toList());
	}

	/**
	 * Words joined as stored, keeping whole words within the column's 2,000 characters.
	 */
	static @Nullable String capped(List<String> words) {
		StringBuilder joined = new StringBuilder();
		for (String word : words) {
			if (joined.length() + word.length() + 2 > MAX_WORDS_LENGTH) {
				break;
			}
			joined.append((joined.length() > 0) ? ", " : "").append(word);
		}
		return (joined.length() > 0) ? joined.toString() : null;
	}

	static String slugify(String label, int maxLength) {
		String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		slug = slug.substring(0, Math.min(slug.length(), Math.max(maxLength, 8))).replaceAll("-+$", "");
		return slug.isEmpty() ? "categorie" : slug;
	}

}
