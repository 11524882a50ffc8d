package org.reciproque.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member module's public service: who belongs to which network, in what role;
 * joining, leaving, profiles, members recorded by animators.
 * <p>
 * Access is checked by the callers (controllers, through the network guard); this service
 * guarantees that a member id is only ever used inside its own network.
 */
@Service
public class Memberships {

	private final MemberRepository members;

	private final Networks networks;

	private final AccountTokenRepository tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Memberships(MemberRepository members, Networks networks, AccountTokenRepository tokens,
			ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.networks = networks;
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The account joins the network after accepting its charter.
	 * @throws ConflictException when the account is already a member
	 */
	@Transactional
	public MemberView join(String slug, AccountPrincipal account, String displayName) {
		NetworkView network = this.networks.get(slug);
		if (this.members.findByNetworkIdAndAccountIdAndStatus(network.id(), account.accountId(), MemberStatus.ACTIVE)
			.isPresent()) {
			throw new ConflictException("member.alreadyMember");
		}
		Member member = Member.joined(network.id(), account.accountId(), displayName.strip(), account.email(),
				this.clock.instant());
		return this.members.saveAndFlush(member).toView();
	}

	/**
	 * An animator records a member without account, on consent given on paper.
	 */
	@Transactional
	public MemberView recordWithoutAccount(NetworkScope scope, NewMemberWithoutAccount command,
			LocalDate paperConsentOn) {
		Member member = Member.recordedByAnimator(scope.networkId(), command, scope.memberId(), paperConsentOn,
				this.clock.instant());
		return this.members.save(member).toView();
	}

	/**
	 * The member leaves: personal data erased, history kept anonymously, other modules
	 * told.
	 */
	@Transactional
	public void leave(long networkId, long memberId) {
		Member member = active(networkId, memberId);
		member.leave(this.clock.instant());
		this.tokens.deleteByMemberId(memberId);
		this.events.publishEvent(new MemberLeft(memberId, networkId));
	}

	@Transactional
	public MemberView updateProfile(long networkId, long memberId, ProfileForm form) {
		Member member = active(networkId, memberId);
		member.updateProfile(form);
		return member.toView();
	}

	/**
	 * Grants or removes a role; the network must keep at least one administrator.
	 */
	@Transactional
	public MemberView changeRole(long networkId, long memberId, NetworkRole role) {
		Member member = active(networkId, memberId);
		if (member.getRole() == NetworkRole.ADMIN && role != NetworkRole.ADMIN && this.members
			.countByNetworkIdAndRoleAndStatus(networkId, NetworkRole.ADMIN, MemberStatus.ACTIVE) <= 1) {
			throw new ConflictException("member.role.lastAdmin");
		}
		member.changeRole(role);
		return member.toView();
	}

	@Transactional(readOnly = true)
	public List<MemberView> activeMembers(long networkId) {
		return this.members.findByNetworkIdAndStatusOrderByDisplayNameAsc(networkId, MemberStatus.ACTIVE)
			.stream()
			.map(Member::toView)
			.toList();
	}

	/**
	 * A member of this network (active or not); 404 for a member of another network.
	 */
	@Transactional(readOnly = true)
	public MemberView get(long networkId, long memberId) {
		return this.members.findByIdAndNetworkId(memberId, networkId)
			.map(Member::toView)
			.orElseThrow(() -> new NotFoundException("error.member.notFound"));
	}

	@Transactional(readOnly = true)
	public Optional<MemberView> find(long networkId, long memberId) {
		return this.members.findByIdAndNetworkId(memberId, networkId).map(Member::toView);
	}

	/**
	 * Several members at once, by id (for lists and boards).
	 */
	@Transactional(readOnly = true)
	public Map<Long, MemberView> findAll(Collection<Long> memberIds) {
		return this.members.findAllById(memberIds)
			.stream()
			.map(Member::toView)
			.collect(Collectors.toMap(MemberView::id, Function.identity()));
	}

	/**
	 * Contact details: the callers show them only to the person and to animators.
	 */
	@Transactional(readOnly = true)
	public MemberContact contact(long networkId, long memberId) {
		return this.members.findByIdAndNetworkId(memberId, networkId)
			.map(Member::toContact)
			.orElseThrow(() -> new NotFoundException("error.member.notFound"));
	}

	/**
	 * The networks this account is an active member of, with the role held in each.
	 */
	@Transactional(readOnly = true)
	public Map<NetworkView, MemberView> networksOf(long accountId) {
		Map<NetworkView, MemberView> result = new LinkedHashMap<>();
		for (Member member : this.members.findByAccountIdAndStatus(accountId, MemberStatus.ACTIVE)) {
			this.networks.findById(member.getNetworkId()).ifPresent((network) -> result.put(network, member.toView()));
		}
		return result;
	}

	Member active(long networkId, long memberId) {
		return this.members.findByIdAndNetworkId(memberId, networkId)
			.filter(Member::isActive)
			.orElseThrow(() -> new NotFoundException("error.member.notFound"));
	}

}
