package org.reciproque.knowledge;

import java.util.List;

import org.reciproque.member.MemberDataContributor;
import org.reciproque.member.MemberLeft;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's offers and requests are theirs: part of their data export, and erased when
 * they leave.
 */
@Component
class KnowledgeOfLeavingMembers implements MemberDataContributor {

	private final KnowledgeRepository repository;

	private final ApplicationEventPublisher events;

	KnowledgeOfLeavingMembers(KnowledgeRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Override
	public String section() {
		return "knowledge";
	}

	@Override
	@Transactional(readOnly = true)
	public List<KnowledgeView> export(long memberId) {
		return this.repository.findByMemberIdOrderByCreatedAtDesc(memberId).stream().map(Knowledge::toView).toList();
	}

	@EventListener
	@Transactional
	void erase(MemberLeft event) {
		List<Knowledge> items = this.repository.findByMemberId(event.memberId());
		this.repository.deleteAll(items);
		items.forEach((item) -> this.events.publishEvent(new KnowledgeChanged(item.getId(), event.networkId(), true)));
	}

}
