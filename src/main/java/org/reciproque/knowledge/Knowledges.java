package org.reciproque.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.NetworkScope;
import org.reciproque.platform.web.FieldErrorsException;
import org.reciproque.platform.web.FieldErrorsException.FieldErrorMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge module's public service: offers and requests. A member writes and edits
 * their own items; an animator writes and edits anyone's in their network (and is
 * recorded as the writer).
 */
@Service
public class Knowledges {

	private final KnowledgeRepository repository;

	private final CategoryRepository categories;

	private final Memberships memberships;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Knowledges(KnowledgeRepository repository, CategoryRepository categories, Memberships memberships, Clock clock,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.categories = categories;
		this.memberships = memberships;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Writes a new item for {@code memberId}.
	 * @throws FieldErrorsException for an unknown member or category
	 * @throws AccessDeniedException when a member writes for someone else
	 */
	@Transactional
	public KnowledgeView create(NetworkScope scope, long memberId, KnowledgeCommand command) {
		requireMayWriteFor(scope, memberId);
		Set<Category> chosen = resolveCategories(scope.networkId(), command.categoryCodes(), "categories");
		Knowledge item = new Knowledge(scope.networkId(), memberId, writer(scope, memberId), command.direction(),
				this.clock.instant());
		item.update(command, chosen, this.clock.instant());
		KnowledgeView created = this.repository.save(item).toView();
		this.events.publishEvent(new KnowledgeChanged(created.id(), created.networkId(), false));
		return created;
	}

	@Transactional
	public KnowledgeView update(NetworkScope scope, long id, KnowledgeCommand command) {
		Knowledge item = find(scope, id);
		requireMayEdit(scope, item);
		item.update(command, resolveCategories(scope.networkId(), command.categoryCodes(), "categories"),
				this.clock.instant());
		this.events.publishEvent(new KnowledgeChanged(id, scope.networkId(), false));
		return item.toView();
	}

	@Transactional
	public KnowledgeView changeStatus(NetworkScope scope, long id, KnowledgeStatus status) {
		Knowledge item = find(scope, id);
		requireMayEdit(scope, item);
		item.changeStatus(status, this.clock.instant());
		this.events.publishEvent(new KnowledgeChanged(id, scope.networkId(), false));
		return item.toView();
	}

	@Transactional
	public void delete(NetworkScope scope, long id) {
		Knowledge item = find(scope, id);
		requireMayEdit(scope, item);
		this.repository.delete(item);
		this.events.publishEvent(new KnowledgeChanged(id, scope.networkId(), true));
	}

	/**
	 * An item of this network, for any member of it.
	 */
	@Transactional(readOnly = true)
	public KnowledgeView get(NetworkScope scope, long id) {
		return find(scope, id).toView();
	}

	/**
	 * An item of this network, or an active item another network's member chose to share
	 * with every network (read by the all-networks search).
	 */
	@Transactional(readOnly = true)
	public KnowledgeView getVisible(NetworkScope scope, long id) {
		return this.repository.findById(id)
			.filter((item) -> item.getNetworkId() == scope.networkId() || (item.getStatus() == KnowledgeStatus.ACTIVE
					&& item.toView().visibility() == Visibility.ALL_NETWORKS))
			.map(Knowledge::toView)
			.orElseThrow(() -> new NotFoundException("error.knowledge.notFound"));
	}

	/**
	 * Any item, whatever its network, for other modules that check access themselves (the
	 * matcher's index, titles in an introduction).
	 */
	@Transactional(readOnly = true)
	public Optional<KnowledgeView> lookup(long id) {
		return this.repository.findById(id).map(Knowledge::toView);
	}

	/**
	 * Several items by id, whatever their network (see {@link #lookup(long)}); ids not
	 * found are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, KnowledgeView> lookupAll(Collection<Long> ids) {
		Map<Long, KnowledgeView> found = new HashMap<>();
		this.repository.findAllById(ids).forEach((item) -> found.put(item.getId(), item.toView()));
		return found;
	}

	/**
	 * Active items of every network in id order, a page at a time (for other modules'
	 * indexes to rebuild from).
	 */
	@Transactional(readOnly = true)
	public List<KnowledgeView> activeAfter(long afterId, int size) {
		return this.repository.findByStatusAndIdGreaterThanOrderByIdAsc(KnowledgeStatus.ACTIVE, afterId, Limit.of(size))
			.stream()
			.map(Knowledge::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return this.repository.countByStatus(KnowledgeStatus.ACTIVE);
	}

	/**
	 * Whether the caller may edit this item (its author, or an animator).
	 */
	public boolean mayEdit(NetworkScope scope, KnowledgeView item) {
		return scope.isAnimator() || Objects.equals(scope.memberId(), item.memberId());
	}

	@Transactional(readOnly = true)
	public List<KnowledgeView> active(long networkId) {
		return this.repository.findByNetworkIdAndStatusOrderByCreatedAtDesc(networkId, KnowledgeStatus.ACTIVE)
			.stream()
			.map(Knowledge::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<KnowledgeView> ofMember(long memberId) {
		return this.repository.findByMemberIdOrderByCreatedAtDesc(memberId).stream().map(Knowledge::toView).toList();
	}

	/**
	 * Writes several items at once, all or nothing (see {@link KnowledgeBatch}).
	 */
	@Transactional
	List<KnowledgeView> createAll(NetworkScope scope, List<KnowledgeBatch.Item> items) {
		return new KnowledgeBatch(this, this.memberships).create(scope, items);
	}

	/**
	 * The problems a batch would meet, without saving anything.
	 */
	@Transactional(readOnly = true)
	List<FieldErrorMessage> checkAll(NetworkScope scope, List<KnowledgeBatch.Item> items) {
		return new KnowledgeBatch(this, this.memberships).check(scope, items);
	}

	Set<Category> resolveCategories(long networkId, List<String> codes, String field) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		List<Category> found = this.categories.findByNetworkIdAndCodeIn(networkId, codes);
		List<FieldErrorMessage> errors = new ArrayList<>();
		for (String code : codes) {
			if (found.stream().noneMatch((category) -> category.getCode().equals(code))) {
				errors.add(new FieldErrorMessage(field, "knowledge.category.unknown", code));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return new LinkedHashSet<>(found);
	}

	MemberView requireMember(long networkId, long memberId, String field) {
		return this.memberships.find(networkId, memberId)
			.filter(MemberView::isActive)
			.orElseThrow(() -> FieldErrorsException.of(field, "knowledge.member.unknown", memberId));
	}

	private void requireMayWriteFor(NetworkScope scope, long memberId) {
		requireMember(scope.networkId(), memberId, "memberId");
		if (!scope.isAnimator() && !Objects.equals(scope.memberId(), memberId)) {
			throw new AccessDeniedException("Only animators write for someone else");
		}
	}

	private void requireMayEdit(NetworkScope scope, Knowledge item) {
		if (!scope.isAnimator() && !Objects.equals(scope.memberId(), item.getMemberId())) {
			throw new AccessDeniedException("Only the author or an animator edits an item");
		}
	}

	private Long writer(NetworkScope scope, long memberId) {
		return Objects.equals(scope.memberId(), memberId) ? null : scope.memberId();
	}

	private Knowledge find(NetworkScope scope, long id) {
		return this.repository.findById(id)
			.filter((item) -> item.getNetworkId() == scope.networkId())
			.orElseThrow(() -> new NotFoundException("error.knowledge.notFound"));
	}

	KnowledgeRepository repository() {
		return this.repository;
	}

	Clock clock() {
		return this.clock;
	}

}
