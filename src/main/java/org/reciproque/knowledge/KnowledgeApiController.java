package org.reciproque.knowledge;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FieldErrorsException.FieldErrorMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Offers, requests and categories in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}")
class KnowledgeApiController {

	private final Knowledges knowledges;

	private final KnowledgeSearch search;

	private final Categories categories;

	private final NetworkGuard guard;

	private final Validator validator;

	KnowledgeApiController(Knowledges knowledges, KnowledgeSearch search, Categories categories, NetworkGuard guard,
			Validator validator) {
		this.knowledges = knowledges;
		this.search = search;
		this.categories = categories;
		this.guard = guard;
		this.validator = validator;
	}

	@PostMapping("/knowledge")
	ResponseEntity<KnowledgeView> create(@PathVariable String slug, @Valid @RequestBody KnowledgeRequest body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		if (body.memberId() == null) {
			throw FieldErrorsException.of("memberId", "knowledge.member.required");
		}
		KnowledgeView created = this.knowledges.create(scope, body.memberId(), body.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/knowledge/" + created.id()))
			.body(created);
	}

	/**
	 * Several items, all or nothing (animators): 201 with the created items in the order
	 * sent, or 400 with every item's errors ({@code [index].field}).
	 */
	@PostMapping("/knowledge/batch")
	ResponseEntity<List<KnowledgeView>> createAll(@PathVariable String slug, @RequestBody List<KnowledgeRequest> body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		if (body.size() > KnowledgeBatch.MAX_ITEMS) {
			throw FieldErrorsException.of("items", "knowledge.batch.tooMany", KnowledgeBatch.MAX_ITEMS);
		}
		List<FieldErrorMessage> errors = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			if (body.get(i) == null) {
				errors.add(new FieldErrorMessage("[" + i + "]", "knowledge.batch.empty"));
				continue;
			}
			for (ConstraintViolation<KnowledgeRequest> violation : this.validator.validate(body.get(i))) {
				errors.add(new FieldErrorMessage("[" + i + "]." + violation.getPropertyPath(),
						"knowledge.batch.invalid", violation.getMessage()));
			}
		}
		List<KnowledgeBatch.Item> items = body.stream()
			.filter(java.util.Objects::nonNull)
			.map((request) -> new KnowledgeBatch.Item(request.memberId(), request.memberName(), request.toCommand()))
			.toList();
		if (errors.isEmpty() || items.size() == body.size()) {
			errors.addAll(this.knowledges.checkAll(scope, items));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(this.knowledges.createAll(scope, items));
	}

	/**
	 * The network's items; with {@code q}, a French full-text search (best first).
	 */
	@GetMapping("/knowledge")
	Map<String, Object> list(@PathVariable String slug, @RequestParam(required = false) @Nullable Direction direction,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(defaultValue = "false") boolean allNetworks, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		KnowledgeSearch.Results results = this.search
			.search(new KnowledgeSearch.Query(scope.networkId(), allNetworks, q, direction, category, page, size));
		return Map.of("items", results.items(), "total", results.total(), "page", Math.max(page, 0), "facets",
				Map.of("categories", results.categoryCounts(), "direction", results.directionCounts()));
	}

	@GetMapping("/knowledge/{id}")
	KnowledgeView get(@PathVariable String slug, @PathVariable long id) {
		return this.knowledges.get(this.guard.require(slug, NetworkRole.MEMBER), id);
	}

	@PutMapping("/knowledge/{id}")
	KnowledgeView update(@PathVariable String slug, @PathVariable long id, @Valid @RequestBody KnowledgeRequest body) {
		return this.knowledges.update(this.guard.require(slug, NetworkRole.MEMBER), id, body.toCommand());
	}

	@DeleteMapping("/knowledge/{id}")
	ResponseEntity<Void> delete(@PathVariable String slug, @PathVariable long id) {
		this.knowledges.delete(this.guard.require(slug, NetworkRole.MEMBER), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/categories")
	List<CategoryView> categories(@PathVariable String slug) {
		return this.categories.tree(this.guard.require(slug, NetworkRole.MEMBER).networkId());
	}

}
