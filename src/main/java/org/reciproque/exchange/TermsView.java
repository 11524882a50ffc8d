package org.reciproque.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One saved version of the terms.
 *
 * @param version its number (1 for the first)
 * @param text the terms
 * @param writtenById who saved it
 * @param forMemberId the participant an animator wrote it with, if any
 * @param writtenAt when
 */
public record TermsView(int version, TermsText text, @Nullable Long writtenById, @Nullable Long forMemberId,
		Instant writtenAt) {
}
