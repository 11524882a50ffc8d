package org.reciproque.exchange;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.BaseEntity;

/**
 * One version of an exchange's terms, as one person saved it. Versions are never changed:
 * a new one is added at each save, so the history shows who changed what, and when.
 */
@Entity
@Table(name = "exchange_terms")
class ExchangeTerms extends BaseEntity {

	private long exchangeId;

	private int number;

	private @Nullable String frequency;

	private @Nullable String place;

	private @Nullable String daysAndHours;

	private @Nullable String content;

	private @Nullable String methods;

	private @Nullable String evaluation;

	private @Nullable Long writtenById;

	private @Nullable Long forMemberId;

	private Instant writtenAt;

	protected ExchangeTerms() {
		this.writtenAt = Instant.EPOCH;
	}

	ExchangeTerms(long exchangeId, int number, TermsText text, @Nullable Long writtenById, @Nullable Long forMemberId,
			Instant writtenAt) {
		this.exchangeId = exchangeId;
		this.number = number;
		this.frequency = text.frequency();
		this.place = text.place();
		this.daysAndHours = text.daysAndHours();
		this.content = text.content();
		this.methods = text.methods();
		this.evaluation = text.evaluation();
		this.writtenById = writtenById;
		this.forMemberId = forMemberId;
		this.writtenAt = writtenAt;
	}

	long getExchangeId() {
		return this.exchangeId;
	}

	TermsView toView() {
		return new TermsView(this.number, new TermsText(this.frequency, this.place, this.daysAndHours, this.content,
				this.methods, this.evaluation), this.writtenById, this.forMemberId, this.writtenAt);
	}

}
