package org.reciproque.knowledge;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An offer or request in the JSON API: its author ({@code memberId}, or in a batch
 * {@code memberName} for a new member without account) and what is written. Limits: title
 * 120 characters, description 4,000, town 120, availability 500, 10 categories.
 *
 * @param memberId the author
 * @param memberName in a batch, the name of a new member without account
 * @param direction OFFER or REQUEST
 * @param title the title
 * @param description a free description
 * @param categories category codes
 * @param nature KNOWLEDGE, KNOW_HOW or LIVED_EXPERIENCE
 * @param formats ONE_TO_ONE, GROUP, PRACTICE_SHARING, TALKING_GROUP
 * @param mode IN_PERSON, REMOTE or BOTH
 * @param town town or place
 * @param availability availability in free text
 * @param weekdays MONDAY … SUNDAY
 * @param dayParts MORNING, AFTERNOON, EVENING
 * @param visibility NETWORK (default) or ALL_NETWORKS
 * @param status ACTIVE (default), PAUSED or ARCHIVED
 */
record KnowledgeRequest(@Nullable Long memberId, @Nullable @Size(max = 80) String memberName,
		@NotNull Direction direction, @NotBlank @Size(max = 120) String title,
		@Nullable @Size(max = 4000) String description, @Nullable @Size(max = 10) List<String> categories,
		@Nullable Nature nature, @Nullable Set<Format> formats, @Nullable Mode mode,
		@Nullable @Size(max = 120) String town, @Nullable @Size(max = 500) String availability,
		@Nullable Set<DayOfWeek> weekdays, @Nullable Set<DayPart> dayParts, @Nullable Visibility visibility,
		@Nullable KnowledgeStatus status) {

	KnowledgeCommand toCommand() {
		return new KnowledgeCommand(this.direction, this.title, this.description, this.categories, this.nature,
				this.formats, this.mode, this.town, this.availability, this.weekdays, this.dayParts, this.visibility,
				this.status);
	}

}
