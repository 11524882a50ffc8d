package org.reciproque.exchange;

import java.util.stream.Stream;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A debrief's answers, each optional, all free text.
 *
 * @param interesting what was interesting
 * @param obstacles what got in the way
 * @param helped what helped
 * @param learned what I learned
 * @param learnedByTeaching what I learned by passing on my knowledge
 * @param continueWish whether I want to go on, or start another exchange
 */
public record DebriefAnswers(@Nullable @Size(max = 4000) String interesting,
		@Nullable @Size(max = 4000) String obstacles, @Nullable @Size(max = 4000) String helped,
		@Nullable @Size(max = 4000) String learned, @Nullable @Size(max = 4000) String learnedByTeaching,
		@Nullable @Size(max = 2000) String continueWish) {

	public DebriefAnswers {
		interesting = clean(interesting);
		obstacles = clean(obstacles);
		helped = clean(helped);
		learned = clean(learned);
		learnedByTeaching = clean(learnedByTeaching);
		continueWish = clean(continueWish);
	}

	public boolean isBlank() {
		return Stream
			.of(this.interesting, this.obstacles, this.helped, this.learned, this.learnedByTeaching, this.continueWish)
			.allMatch((answer) -> answer == null);
	}

	/**
	 * Question to answer, in page order.
	 */
	public java.util.Map<String, @Nullable String> asMap() {
		java.util.Map<String, @Nullable String> map = new java.util.LinkedHashMap<>();
		map.put("interesting", this.interesting);
		map.put("obstacles", this.obstacles);
		map.put("helped", this.helped);
		map.put("learned", this.learned);
		map.put("learnedByTeaching", this.learnedByTeaching);
		map.put("continueWish", this.continueWish);
		return map;
	}

	private static @Nullable String clean(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
