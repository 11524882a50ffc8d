package org.reciproque.knowledge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An offer or request as pages, the API and other modules see it.
 *
 * @param id the item's id
 * @param networkId its network
 * @param memberId its author
 * @param writtenById who wrote it, when an animator wrote it for the author
 * @param direction offer or request
 * @param title the title
 * @param description the free description (plain text)
 * @param categories the category codes
 * @param nature knowledge, know-how or lived experience
 * @param formats the preferred formats
 * @param mode in person, remote or both
 * @param town the town or place
 * @param availability availability in the author's words
 * @param weekdays available days
 * @param dayParts available parts of the day
 * @param visibility the author's network only, or other networks too
 * @param status active, paused or archived
 * @param createdAt creation time
 * @param updatedAt last change
 */
public record KnowledgeView(long id, long networkId, long memberId, @Nullable Long writtenById, Direction direction,
		String title, @Nullable String description, List<String> categories, @Nullable Nature nature,
		Set<Format> formats, Mode mode, @Nullable String town, @Nullable String availability, Set<DayOfWeek> weekdays,
		Set<DayPart> dayParts, Visibility visibility, KnowledgeStatus status, Instant createdAt, Instant updatedAt) {

	public boolean isActive() {
		return this.status == KnowledgeStatus.ACTIVE;
	}

}
