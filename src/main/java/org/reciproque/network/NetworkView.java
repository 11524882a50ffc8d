package org.reciproque.network;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A network, as other modules and pages see it.
 *
 * @param id the network's id
 * @param slug the short name used in addresses
 * @param name the network's name
 * @param town the town or territory it covers
 * @param description a free presentation
 * @param charter the charter every member accepts when joining
 * @param memberIntroductionsAllowed whether members may ask to be introduced themselves
 * @param boardPublic whether visitors may see the board (without any names)
 * @param timeZone the network's time zone
 * @param introductionExpiryDays days an unanswered introduction proposal stays open
 * @param stalledAfterWeeks weeks without a meeting after which a running exchange is
 * stalled
 */
public record NetworkView(long id, String slug, String name, @Nullable String town, @Nullable String description,
		String charter, boolean memberIntroductionsAllowed, boolean boardPublic, String timeZone,
		int introductionExpiryDays, int stalledAfterWeeks) {

	/**
	 * What an administrator edits, as it is now.
	 */
	public NetworkSettings settings() {
		return new NetworkSettings(this.name, this.town, this.description, this.charter,
				this.memberIntroductionsAllowed, this.boardPublic, this.introductionExpiryDays, this.stalledAfterWeeks);
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

}
