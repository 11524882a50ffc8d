package org.reciproque.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.reciproque.platform.BaseEntity;

/**
 * A member's private calendar address: the token in it is the only credential, so it is
 * long and random, and replacing it revokes the old address at once.
 */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends BaseEntity {

	private long memberId;

	private String token;

	private Instant createdAt;

	protected CalendarFeed() {
		this.token = "";
		this.createdAt = Instant.EPOCH;
	}

	CalendarFeed(long memberId, String token, Instant createdAt) {
		this.memberId = memberId;
		this.token = token;
		this.createdAt = createdAt;
	}

	void renew(String token, Instant now) {
		this.token = token;
		this.createdAt = now;
	}

	long getMemberId() {
		return this.memberId;
	}

	String getToken() {
		return this.token;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
