package org.reciproque.exchange;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the participants agree on, in their own words.
 *
 * @param frequency how often they meet
 * @param place where (or the link of a remote meeting)
 * @param daysAndHours which days and hours
 * @param content the content and goals
 * @param methods how they will go about it
 * @param evaluation how they will see together how it went
 */
public record TermsText(@Nullable @Size(max = 500) String frequency, @Nullable @Size(max = 500) String place,
		@Nullable @Size(max = 500) String daysAndHours, @Nullable @Size(max = 4000) String content,
		@Nullable @Size(max = 4000) String methods, @Nullable @Size(max = 2000) String evaluation) {

	/** The fields in the order pages show them. */
	public static final java.util.List<String> FIELDS = java.util.List.of("frequency", "place", "daysAndHours",
			"content", "methods", "evaluation");

	public TermsText {
		frequency = clean(frequency);
		place = clean(place);
		daysAndHours = clean(daysAndHours);
		content = clean(content);
		methods = clean(methods);
		evaluation = clean(evaluation);
	}

	public static TermsText empty() {
		return new TermsText(null, null, null, null, null, null);
	}

	public boolean isBlank() {
		return asMap().values().stream().allMatch(Objects::isNull);
	}

	/**
	 * Field name to text, in page order.
	 */
	public Map<String, @Nullable String> asMap() {
		Map<String, @Nullable String> map = new LinkedHashMap<>();
		map.put("frequency", this.frequency);
		map.put("place", this.place);
		map.put("daysAndHours", this.daysAndHours);
		map.put("content", this.content);
		map.put("methods", this.methods);
		map.put("evaluation", this.evaluation);
		return map;
	}

	private static @Nullable String clean(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip().replace("\r\n", "\n");
	}

}
