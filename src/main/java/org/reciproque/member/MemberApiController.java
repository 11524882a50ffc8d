package org.reciproque.member;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkGuard;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members in the JSON API. Email and phone appear only for the member themself and for
 * the network's animators.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/members")
class MemberApiController {

	private final Memberships memberships;

	private final Networks networks;

	private final NetworkGuard guard;

	MemberApiController(Memberships memberships, Networks networks, NetworkGuard guard) {
		this.memberships = memberships;
		this.networks = networks;
		this.guard = guard;
	}

	/**
	 * Records a member without account (animators and administrators of the network). The
	 * animator calling this attests that the person gave their consent on paper, today.
	 */
	@PostMapping
	ResponseEntity<MemberResource> create(@PathVariable String slug, @Valid @RequestBody NewMemberWithoutAccount body) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.ANIMATOR);
		MemberView created = this.memberships.recordWithoutAccount(scope, body,
				LocalDate.now(this.networks.get(slug).zone()));
		MemberContact contact = this.memberships.contact(scope.networkId(), created.id());
		return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/members/" + created.id()))
			.body(MemberResource.of(created, contact));
	}

	@GetMapping("/{id}")
	MemberResource get(@PathVariable String slug, @PathVariable long id) {
		NetworkScope scope = this.guard.require(slug, NetworkRole.MEMBER);
		MemberView member = this.memberships.get(scope.networkId(), id);
		boolean mayContact = scope.isAnimator() || Long.valueOf(id).equals(scope.memberId());
		return MemberResource.of(member, mayContact ? this.memberships.contact(scope.networkId(), id) : null);
	}

	/**
	 * A member in the API; {@code email} and {@code phone} are left out unless the caller
	 * may see them.
	 *
	 * @param id the member's id
	 * @param displayName their display name ({@code null} once they left)
	 * @param presentation their self-presentation
	 * @param role their role in the network
	 * @param status ACTIVE or LEFT
	 * @param hasAccount whether they sign in themselves
	 * @param contactChannels how they accept to be contacted
	 * @param joinedAt when they joined
	 * @param paperConsentOn the date of their paper consent, for members recorded by
	 * animators
	 * @param email their email, for themself and animators only
	 * @param phone their phone, for themself and animators only
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record MemberResource(long id, @Nullable String displayName, @Nullable String presentation, NetworkRole role,
			MemberStatus status, boolean hasAccount, Set<ContactChannel> contactChannels, Instant joinedAt,
			@Nullable LocalDate paperConsentOn, @Nullable String email, @Nullable String phone) {

		static MemberResource of(MemberView member, @Nullable MemberContact contact) {
			return new MemberResource(member.id(), member.displayName(), member.presentation(), member.role(),
					member.status(), member.hasAccount(), member.channels(), member.joinedAt(), member.paperConsentOn(),
					(contact != null) ? contact.email() : null, (contact != null) ? contact.phone() : null);
		}

	}

}
