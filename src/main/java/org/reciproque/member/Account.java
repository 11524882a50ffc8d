package org.reciproque.member;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;
import org.reciproque.platform.security.AccountPrincipal;

/**
 * A login identity. One account can be a member of several networks.
 */
@Entity
@Table(name = "account")
class Account extends BaseEntity {

	private String email;

	private @Nullable String passwordHash;

	private boolean platformAdmin;

	private Instant createdAt;

	protected Account() {
		this.email = "";
		this.createdAt = Instant.EPOCH;
	}

	Account(String email, @Nullable String passwordHash, boolean platformAdmin, Instant createdAt) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.platformAdmin = platformAdmin;
		this.createdAt = createdAt;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	AccountPrincipal toPrincipal() {
		return new AccountPrincipal(getId(), this.email, this.passwordHash, this.platformAdmin);
	}

	String getEmail() {
		return this.email;
	}

	@Nullable String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isPlatformAdmin() {
		return this.platformAdmin;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
