package org.reciproque.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.DayPart;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.Format;
import org.reciproque.knowledge.KnowledgeStatus;
import org.reciproque.knowledge.Mode;
import org.reciproque.knowledge.Nature;
import org.reciproque.knowledge.Visibility;
import org.reciproque.platform.security.NetworkRole;

/**
 * The rows the data generator writes, column for column.
 */
final class GeneratedRows {

	private GeneratedRows() {
	}

	/**
	 * A member of a generated network.
	 *
	 * @param id the member id
	 * @param networkId the network
	 * @param accountId the account, for the animator only
	 * @param role the role in the network
	 * @param woman whether texts written for this member agree in the feminine
	 * @param displayName first name and surname
	 * @param presentation a few words about them, sometimes
	 * @param email an email, sometimes
	 * @param phone a phone number, sometimes
	 * @param byEmail contact by email accepted
	 * @param byPhone contact by phone accepted
	 * @param atDropIn contact at the drop-in accepted
	 * @param paperConsentOn the day of paper consent (members without account)
	 * @param recordedById the animator who recorded them
	 * @param joinedAt when they joined
	 */
	record Member(long id, long networkId, @Nullable Long accountId, NetworkRole role, boolean woman,
			String displayName, @Nullable String presentation, @Nullable String email, @Nullable String phone,
			boolean byEmail, boolean byPhone, boolean atDropIn, @Nullable LocalDate paperConsentOn,
			@Nullable Long recordedById, Instant joinedAt) {
	}

	/**
	 * An offer or a request.
	 *
	 * @param id the item id
	 * @param networkId the network
	 * @param memberId the author
	 * @param writtenById the animator who typed it in for the author
	 * @param direction offer or request
	 * @param title the title
	 * @param description the description, if any
	 * @param categoryCodes the category codes
	 * @param nature the nature, if given
	 * @param formats preferred formats
	 * @param mode in person, remote or both
	 * @param town the town or place, if given
	 * @param availability availability in words, if given
	 * @param weekdays available days
	 * @param dayParts available parts of the day
	 * @param visibility network only or all networks
	 * @param status active, paused or archived
	 * @param createdAt creation time
	 * @param updatedAt last change
	 */
	record Item(long id, long networkId, long memberId, @Nullable Long writtenById, Direction direction, String title,
			@Nullable String description, List<String> categoryCodes, @Nullable Nature nature, Set<Format> formats,
			Mode mode, @Nullable String town, @Nullable String availability, Set<DayOfWeek> weekdays,
			Set<DayPart> dayParts, Visibility visibility, KnowledgeStatus status, Instant createdAt,
			Instant updatedAt) {
	}

	/**
	 * The login of a generated network's animator.
	 *
	 * @param id the account id
	 * @param email the email, derived from the network's slug
	 * @param passwordHash the encoded password (the same for every generated animator)
	 * @param createdAt creation time
	 */
	record Account(long id, String email, String passwordHash, Instant createdAt) {
	}

}
