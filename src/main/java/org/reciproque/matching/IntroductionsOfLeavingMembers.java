package org.reciproque.matching;

import java.util.List;

import org.reciproque.member.MemberDataContributor;
import org.reciproque.member.MemberLeft;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The consent record is part of a member's data export; when they leave, their pending
 * answers are withdrawn (the record itself stays, anonymous, as the network's proof of
 * consent).
 */
@Component
class IntroductionsOfLeavingMembers implements MemberDataContributor {

	private final Introductions introductions;

	IntroductionsOfLeavingMembers(Introductions introductions) {
		this.introductions = introductions;
	}

	@Override
	public String section() {
		return "introductions";
	}

	@Override
	public List<IntroductionView> export(long memberId) {
		return this.introductions.concerning(memberId);
	}

	@EventListener
	void withdraw(MemberLeft event) {
		this.introductions.withdraw(event.memberId());
	}

}
