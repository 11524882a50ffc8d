package org.reciproque.member;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * A secret handed to one person (by email, or printed in the log for the first
 * administrator). Only its SHA-256 hash is stored.
 */
@Entity
@Table(name = "account_token")
class AccountToken extends BaseEntity {

	enum Purpose {

		PASSWORD_RESET, ADMIN_SETUP, INVITATION, API

	}

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private @Nullable Long accountId;

	private @Nullable Long memberId;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected AccountToken() {
		this.purpose = Purpose.API;
		this.tokenHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	AccountToken(Purpose purpose, String tokenHash, @Nullable Long accountId, @Nullable Long memberId,
			Instant createdAt, Instant expiresAt) {
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.memberId = memberId;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void markUsed(Instant now) {
		this.usedAt = now;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	@Nullable Long getAccountId() {
		return this.accountId;
	}

	@Nullable Long getMemberId() {
		return this.memberId;
	}

}
