package org.reciproque.exchange;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.Format;
import org.reciproque.matching.ParticipantRole;

/**
 * An exchange that started outside the software, recorded by an animator.
 *
 * @param subject what is shared
 * @param format the format
 * @param knowledgeId the offer or request it is about, if any
 * @param participants who takes part, with their roles
 */
public record NewExchange(@NotBlank @Size(max = 200) String subject, @NotNull Format format, @Nullable Long knowledgeId,
		@NotEmpty @Size(max = 200) List<@Valid @NotNull NewParticipant> participants) {

	/**
	 * One person of a new exchange.
	 *
	 * @param memberId the member
	 * @param role their role in this exchange
	 */
	public record NewParticipant(@NotNull Long memberId, @NotNull ParticipantRole role) {
	}

}
