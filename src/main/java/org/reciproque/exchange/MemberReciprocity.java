package org.reciproque.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a member has passed on and received, as exchanges, for their page; with a gentle,
 * dismissible prompt for the member who has only received ("and you, what could you pass
 * on?") or only passed on. Shown, never counted as a debt.
 * <p>
 * Public so that the member page can include it ({@code @memberReciprocity}) without the
 * member module depending on exchanges.
 */
@Service
public class MemberReciprocity {

	/** The prompt for someone who has only received. */
	public static final String PROMPT_PASS_ON = "PASS_ON";

	/** The prompt for someone who has only passed on. */
	public static final String PROMPT_LEARN = "LEARN";

	private final ExchangeRepository exchanges;

	private final Memberships memberships;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MemberReciprocity(ExchangeRepository exchanges, Memberships memberships, JdbcTemplate jdbc, Clock clock) {
		this.exchanges = exchanges;
		this.memberships = memberships;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One exchange on a member's page.
	 *
	 * @param id the exchange
	 * @param subject what was shared
	 * @param status where it stands
	 * @param partners the other participants' names, for the member themself and the
	 * animators only (empty otherwise)
	 * @param readable whether the caller may open the exchange
	 */
	public record Item(long id, String subject, ExchangeStatus status, List<String> partners, boolean readable) {
	}

	/**
	 * The member's reciprocity.
	 *
	 * @param passedOn exchanges where they passed something on
	 * @param received exchanges where they received something
	 * @param prompt the prompt to show the member themself, if any
	 */
	public record View(List<Item> passedOn, List<Item> received, @Nullable String prompt) {

		public boolean isEmpty() {
			return this.passedOn.isEmpty() && this.received.isEmpty();
		}

	}

	/**
	 * The reciprocity section of a member's page, as the caller may see it.
	 */
	@Transactional(readOnly = true)
	public View forMember(NetworkScope scope, long memberId) {
		boolean self = Objects.equals(scope.memberId(), memberId);
		boolean named = self || scope.isAnimator();
		List<Exchange> theirs = this.exchanges.findByParticipant(memberId)
			.stream()
			.filter((e) -> e.getNetworkId() == scope.networkId()
					&& (e.getStatus() == ExchangeStatus.RUNNING || e.getStatus() == ExchangeStatus.DONE))
			.toList();
		Set<Long> others = new HashSet<>();
		theirs.forEach((e) -> e.activeMemberIds().forEach(others::add));
		Map<Long, MemberView> people = named ? this.memberships.findAll(others) : Map.of();
		List<Item> passedOn = new ArrayList<>();
		List<Item> received = new ArrayList<>();
		for (Exchange exchange : theirs) {
			Participant me = exchange.participant(memberId).orElseThrow();
			List<Participant> partners = exchange.getParticipants()
				.stream()
				.filter((p) -> p.memberId() != memberId && p.isActive())
				.toList();
			boolean gave = NetworkReciprocity.passesOn(me.role())
					&& partners.stream().anyMatch((p) -> NetworkReciprocity.learns(p.role()));
			boolean got = NetworkReciprocity.learns(me.role())
					&& partners.stream().anyMatch((p) -> NetworkReciprocity.passesOn(p.role()));
			List<String> names = named ? partners.stream()
				.map((p) -> people.get(p.memberId()))
				.filter((m) -> m != null && m.displayName() != null)
				.map(MemberView::displayName)
				.toList() : List.of();
			Item item = new Item(exchange.getId(), exchange.getSubject(), exchange.getStatus(), names,
					ExchangeAccess.mayRead(scope, exchange));
			if (gave) {
				passedOn.add(item);
			}
			if (got) {
				received.add(item);
			}
		}
		String prompt = null;
		if (self) {
			Set<String> dismissed = new HashSet<>(this.jdbc.queryForList(
					"select prompt from reciprocity_prompt_dismissal where member_id = ?", String.class, memberId));
			if (passedOn.isEmpty() && !received.isEmpty() && !dismissed.contains(PROMPT_PASS_ON)) {
				prompt = PROMPT_PASS_ON;
			}
			else if (received.isEmpty() && !passedOn.isEmpty() && !dismissed.contains(PROMPT_LEARN)) {
				prompt = PROMPT_LEARN;
			}
		}
		return new View(passedOn, received, prompt);
	}

	/**
	 * The member does not want to see this prompt again.
	 */
	@Transactional
	public void dismiss(long memberId, String prompt) {
		if (!PROMPT_PASS_ON.equals(prompt) && !PROMPT_LEARN.equals(prompt)) {
			throw new org.reciproque.platform.NotFoundException("exchange.notFound");
		}
		Integer already = this.jdbc.queryForObject(
				"select count(*) from reciprocity_prompt_dismissal where member_id = ? and prompt = ?", Integer.class,
				memberId, prompt);
		if (already == null || already == 0) {
			this.jdbc.update(
					"insert into reciprocity_prompt_dismissal (member_id, prompt, dismissed_at) values (?, ?, ?)",
					memberId, prompt,
					java.time.OffsetDateTime.ofInstant(Instant.now(this.clock), java.time.ZoneOffset.UTC));
		}
	}

}
