package org.reciproque.network;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * A reciprocal knowledge-exchange network: the tenant every member, offer and exchange
 * belongs to.
 */
@Entity
@Table(name = "network")
class Network extends BaseEntity {

	private String slug;

	private String name;

	private @Nullable String town;

	private @Nullable String description;

	private String charter;

	@Column(name = "member_introductions")
	private boolean memberIntroductionsAllowed = true;

	private boolean boardPublic;

	private String timeZone = "Europe/Paris";

	private int introductionExpiryDays = 14;

	private int stalledAfterWeeks = 4;

	private Instant createdAt;

	protected Network() {
		this.slug = "";
		this.name = "";
		this.charter = "";
		this.createdAt = Instant.EPOCH;
	}

	Network(String slug, String name, @Nullable String town, @Nullable String description, String charter,
			Instant createdAt) {
		this.slug = slug;
		this.name = name;
		this.town = town;
		this.description = description;
		this.charter = charter;
		this.createdAt = createdAt;
	}

	void update(NetworkSettings settings) {
		this.name = settings.name();
		this.town = settings.town();
		this.description = settings.description();
		this.charter = settings.charter();
		this.memberIntroductionsAllowed = settings.memberIntroductionsAllowed();
		this.boardPublic = settings.boardPublic();
		this.introductionExpiryDays = settings.introductionExpiryDays();
		this.stalledAfterWeeks = settings.stalledAfterWeeks();
	}

	NetworkView toView() {
		return new NetworkView(getId(), this.slug, this.name, this.town, this.description, this.charter,
				this.memberIntroductionsAllowed, this.boardPublic, this.timeZone, this.introductionExpiryDays,
				this.stalledAfterWeeks);
	}

	String getSlug() {
		return this.slug;
	}

}
