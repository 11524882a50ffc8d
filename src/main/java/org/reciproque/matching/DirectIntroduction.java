package org.reciproque.matching;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An animator introduces people directly, without offer or request on the board.
 *
 * @param passesOnMemberId who passes something on
 * @param learnerIds who learns
 * @param subject what is to be shared, in a few words
 * @param note a message to the people concerned
 * @param everyoneBoth a practice-sharing or talking group: everyone passes on and learns
 */
public record DirectIntroduction(@NotNull Long passesOnMemberId,
		@NotEmpty @Size(max = Introductions.MAX_LEARNERS) List<@NotNull Long> learnerIds,
		@NotBlank @Size(max = 200) String subject, @Nullable @Size(max = 2000) String note, Boolean everyoneBoth) {

	public DirectIntroduction {
		everyoneBoth = Boolean.TRUE.equals(everyoneBoth);
		learnerIds = (learnerIds != null) ? learnerIds : List.of();
	}

}
