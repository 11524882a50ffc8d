package org.reciproque.matching;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An animator proposes that the author of an offer meets the authors of one or more
 * requests (several requests make a collective introduction).
 *
 * @param offerId the offer
 * @param requestIds the requests
 * @param note a message to the people concerned
 */
public record ProposeIntroduction(@NotNull Long offerId,
		@NotEmpty @Size(max = Introductions.MAX_LEARNERS) List<@NotNull Long> requestIds,
		@Nullable @Size(max = ProposeIntroduction.MAX_NOTE) String note) {

	/** The longest message to the people concerned. */
	public static final int MAX_NOTE = 2000;

	// A form sent without any box ticked binds no list: that means none.
	public ProposeIntroduction {
		requestIds = (requestIds != null) ? requestIds : List.of();
	}

}
