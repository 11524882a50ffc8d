package org.reciproque.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;
import org.reciproque.platform.security.NetworkRole;

/**
 * A person inside one network, with or without an account. Members without an account are
 * recorded by an animator, on consent given on paper.
 */
@Entity
@Table(name = "member")
class Member extends BaseEntity {

	private long networkId;

	private @Nullable Long accountId;

	@Enumerated(EnumType.STRING)
	private NetworkRole role = NetworkRole.MEMBER;

	@Enumerated(EnumType.STRING)
	private MemberStatus status = MemberStatus.ACTIVE;

	private @Nullable String displayName;

	private @Nullable String presentation;

	private @Nullable String email;

	private @Nullable String phone;

	@Column(name = "contact_via_animator")
	private boolean contactViaAnimator = true;

	@Column(name = "contact_via_email")
	private boolean contactViaEmail;

	@Column(name = "contact_via_phone")
	private boolean contactViaPhone;

	@Column(name = "contact_at_drop_in")
	private boolean contactAtDropIn;

	private @Nullable Instant charterAcceptedAt;

	private @Nullable LocalDate paperConsentOn;

	private @Nullable Long paperConsentById;

	private @Nullable Long createdById;

	private Instant joinedAt;

	private @Nullable Instant leftAt;

	protected Member() {
		this.joinedAt = Instant.EPOCH;
	}

	private Member(long networkId, String displayName, Instant joinedAt) {
		this.networkId = networkId;
		this.displayName = displayName;
		this.joinedAt = joinedAt;
	}

	/**
	 * Someone with an account joins, having accepted the charter.
	 */
	static Member joined(long networkId, long accountId, String displayName, String email, Instant now) {
		Member member = new Member(networkId, displayName, now);
		member.accountId = accountId;
		member.email = email;
		member.charterAcceptedAt = now;
		return member;
	}

	/**
	 * An animator records someone who has no account, on consent given on paper.
	 */
	static Member recordedByAnimator(long networkId, NewMemberWithoutAccount command, @Nullable Long animatorId,
			LocalDate consentOn, Instant now) {
		Member member = new Member(networkId, command.displayName().strip(), now);
		member.email = blankToNull(command.email());
		member.phone = blankToNull(command.phone());
		member.paperConsentOn = consentOn;
		member.paperConsentById = animatorId;
		member.createdById = animatorId;
		return member;
	}

	void updateProfile(ProfileForm form) {
		this.displayName = form.displayName().strip();
		this.presentation = blankToNull(form.presentation());
		this.email = blankToNull(form.email());
		this.phone = blankToNull(form.phone());
		Set<ContactChannel> channels = form.channels();
		this.contactViaAnimator = channels.contains(ContactChannel.ANIMATOR);
		this.contactViaEmail = channels.contains(ContactChannel.EMAIL);
		this.contactViaPhone = channels.contains(ContactChannel.PHONE);
		this.contactAtDropIn = channels.contains(ContactChannel.DROP_IN);
	}

	void changeRole(NetworkRole newRole) {
		this.role = newRole;
	}

	/**
	 * The person claims this record with their account (an animator's invitation).
	 */
	void linkAccount(long account, Instant now) {
		this.accountId = account;
		this.charterAcceptedAt = now;
	}

	/**
	 * Leaves the network: every personal detail is erased; the row stays, anonymous, for
	 * the network's history.
	 */
	void leave(Instant now) {
		this.status = MemberStatus.LEFT;
		this.leftAt = now;
		this.accountId = null;
		this.displayName = null;
		this.presentation = null;
		this.email = null;
		this.phone = null;
		this.contactViaAnimator = false;
		this.contactViaEmail = false;
		this.contactViaPhone = false;
		this.contactAtDropIn = false;
		this.role = NetworkRole.MEMBER;
	}

	boolean isActive() {
		return this.status == MemberStatus.ACTIVE;
	}

	Set<ContactChannel> channels() {
		Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
		if (this.contactViaAnimator) {
			channels.add(ContactChannel.ANIMATOR);
		}
		if (this.contactViaEmail) {
			channels.add(ContactChannel.EMAIL);
		}
		if (this.contactViaPhone) {
			channels.add(ContactChannel.PHONE);
		}
		if (this.contactAtDropIn) {
			channels.add(ContactChannel.DROP_IN);
		}
		return channels;
	}

	MemberView toView() {
		return new MemberView(getId(), this.networkId, this.displayName, this.presentation, this.role, this.status,
				this.accountId != null, channels(), this.joinedAt, this.paperConsentOn);
	}

	MemberContact toContact() {
		return new MemberContact(getId(), this.email, this.phone);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	long getNetworkId() {
		return this.networkId;
	}

	@Nullable Long getAccountId() {
		return this.accountId;
	}

	NetworkRole getRole() {
		return this.role;
	}

	@Nullable String getDisplayName() {
		return this.displayName;
	}

	@Nullable String getPresentation() {
		return this.presentation;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	@Nullable String getPhone() {
		return this.phone;
	}

	@Nullable Instant getCharterAcceptedAt() {
		return this.charterAcceptedAt;
	}

	@Nullable LocalDate getPaperConsentOn() {
		return this.paperConsentOn;
	}

	@Nullable Long getPaperConsentById() {
		return this.paperConsentById;
	}

	Instant getJoinedAt() {
		return this.joinedAt;
	}

}
