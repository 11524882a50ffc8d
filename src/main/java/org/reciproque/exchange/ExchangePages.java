package org.reciproque.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberContact;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the exchange pages share: the names of the people shown, and the model of the
 * exchange page.
 */
@Component
class ExchangePages {

	private final Memberships memberships;

	private final Networks networks;

	private final Debriefs debriefs;

	private final DebriefRepository debriefRepository;

	private final java.time.Clock clock;

	ExchangePages(Memberships memberships, Networks networks, Debriefs debriefs, DebriefRepository debriefRepository,
			java.time.Clock clock) {
		this.clock = clock;
		this.memberships = memberships;
		this.networks = networks;
		this.debriefs = debriefs;
		this.debriefRepository = debriefRepository;
	}

	/**
	 * A participant and how the animation team can reach them.
	 *
	 * @param member the participant
	 * @param contact their contact details
	 */
	record Reach(@Nullable MemberView member, MemberContact contact) {
	}

	Map<Long, MemberView> people(Collection<ExchangeView> exchanges) {
		Set<Long> ids = new HashSet<>();
		exchanges.forEach((e) -> e.participants().forEach((p) -> ids.add(p.memberId())));
		return this.memberships.findAll(ids);
	}

	void show(NetworkScope scope, ExchangeView exchange, Model model) {
		Map<Long, MemberView> people = people(List.of(exchange));
		List<DebriefView> readable = this.debriefs.readable(scope, exchange.id());
		model.addAttribute("scope", scope);
		model.addAttribute("exchange", exchange);
		model.addAttribute("people", people);
		model.addAttribute("debriefs", readable);
		model.addAttribute("debriefFor", debriefCandidates(scope, exchange));
		model.addAttribute("zone", this.networks.get(scope.slug()).zone());
		model.addAttribute("now", this.clock.instant());
		if (scope.isAnimator() && exchange.isOpen()) {
			model.addAttribute("others",
					this.memberships.activeMembers(scope.networkId())
						.stream()
						.filter((m) -> !exchange.isParticipant(m.id()))
						.toList());
		}
	}

	/**
	 * The participants the caller may write a debrief for now: themself, or (animators)
	 * any participant, provided the exchange has run and they have not debriefed at this
	 * stage yet.
	 */
	List<MemberView> debriefCandidates(NetworkScope scope, ExchangeView exchange) {
		DebriefStage stage = stageOf(exchange);
		if (stage == null) {
			return List.of();
		}
		Map<Long, MemberView> people = people(List.of(exchange));
		List<MemberView> candidates = new ArrayList<>();
		for (ParticipantView participant : exchange.activeParticipants()) {
			boolean allowed = scope.isAnimator() || Objects.equals(scope.memberId(), participant.memberId());
			if (allowed && !this.debriefRepository.existsByExchangeIdAndMemberIdAndStage(exchange.id(),
					participant.memberId(), stage)) {
				MemberView member = people.get(participant.memberId());
				if (member != null) {
					candidates.add(member);
				}
			}
		}
		return candidates;
	}

	java.time.ZoneId zone(String slug) {
		return this.networks.get(slug).zone();
	}

	static @Nullable DebriefStage stageOf(ExchangeView exchange) {
		return switch (exchange.status()) {
			case RUNNING -> DebriefStage.MIDWAY;
			case DONE -> DebriefStage.FINAL;
			case STOPPED -> (exchange.startedAt() != null) ? DebriefStage.FINAL : null;
			case AGREEING_TERMS -> null;
		};
	}

}
