package org.reciproque.knowledge;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What is written for an offer or a request. Limits: title 120 characters, description
 * 4,000, town 120, availability 500, at most 10 categories.
 *
 * @param direction offer or request
 * @param title the title (required)
 * @param description a free description
 * @param categories category codes of the network's tree
 * @param nature knowledge, know-how or lived experience
 * @param formats preferred formats
 * @param mode in person, remote or both (in person when absent)
 * @param town town or place
 * @param availability availability in free text
 * @param weekdays available days
 * @param dayParts available parts of the day
 * @param visibility network only (default) or other networks too
 * @param status active (default), paused or archived
 */
public record KnowledgeCommand(@NotNull Direction direction, @NotBlank @Size(max = 120) String title,
		@Nullable @Size(max = 4000) String description, @Nullable @Size(max = 10) List<String> categories,
		@Nullable Nature nature, @Nullable Set<Format> formats, @Nullable Mode mode,
		@Nullable @Size(max = 120) String town, @Nullable @Size(max = 500) String availability,
		@Nullable Set<DayOfWeek> weekdays, @Nullable Set<DayPart> dayParts, @Nullable Visibility visibility,
		@Nullable KnowledgeStatus status) {

	public List<String> categoryCodes() {
		return (this.categories != null) ? this.categories : List.of();
	}

}
