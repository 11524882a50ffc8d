package org.reciproque.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a network administrator edits.
 *
 * @param name the network's name
 * @param town the town or territory
 * @param description a free presentation
 * @param charter the charter text
 * @param memberIntroductionsAllowed whether members may ask for introductions themselves
 * @param boardPublic whether the board is shown to visitors, without names
 * @param introductionExpiryDays days an unanswered introduction proposal stays open (a
 * reminder is sent halfway)
 * @param stalledAfterWeeks weeks without a meeting after which a running exchange is
 * shown as stalled to the animators
 */
public record NetworkSettings(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 120) String town,
		@Nullable @Size(max = 4000) String description, @NotBlank @Size(max = 20000) String charter,
		Boolean memberIntroductionsAllowed, Boolean boardPublic,
		@NotNull @Min(MIN_EXPIRY_DAYS) @Max(MAX_EXPIRY_DAYS) Integer introductionExpiryDays,
		@NotNull @Min(1) @Max(MAX_STALLED_WEEKS) Integer stalledAfterWeeks) {

	static final int MIN_EXPIRY_DAYS = 2;

	static final int MAX_EXPIRY_DAYS = 90;

	static final int MAX_STALLED_WEEKS = 52;

	// An unticked box sends nothing: that means "no".
	public NetworkSettings {
		memberIntroductionsAllowed = Boolean.TRUE.equals(memberIntroductionsAllowed);
		boardPublic = Boolean.TRUE.equals(boardPublic);
	}

	/**
	 * The same settings with the board published or not.
	 */
	public NetworkSettings withBoardPublic(boolean published) {
		return new NetworkSettings(this.name, this.town, this.description, this.charter,
				this.memberIntroductionsAllowed, published, this.introductionExpiryDays, this.stalledAfterWeeks);
	}

	/**
	 * The same settings with member-initiated introductions allowed or not.
	 */
	public NetworkSettings withMemberIntroductions(boolean allowed) {
		return new NetworkSettings(this.name, this.town, this.description, this.charter, allowed, this.boardPublic,
				this.introductionExpiryDays, this.stalledAfterWeeks);
	}

}
