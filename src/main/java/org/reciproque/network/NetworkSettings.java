package org.reciproque.network;

import jakarta.validation.constraints.NotBlank;
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
 */
public record NetworkSettings(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 120) String town,
		@Nullable @Size(max = 4000) String description, @NotBlank @Size(max = 20000) String charter,
		Boolean memberIntroductionsAllowed, Boolean boardPublic) {

	// An unticked box sends nothing: that means "no".
	public NetworkSettings {
		memberIntroductionsAllowed = Boolean.TRUE.equals(memberIntroductionsAllowed);
		boardPublic = Boolean.TRUE.equals(boardPublic);
	}

}
