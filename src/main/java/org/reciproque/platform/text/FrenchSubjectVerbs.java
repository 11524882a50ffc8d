package org.reciproque.platform.text;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Word forms that are a noun and a form of another verb ({@code bois}, wood or I drink;
 * {@code cours}, a lesson or I run; {@code lit}, a bed or he reads; {@code vis}, a screw
 * or I live), read as the verb when they follow a subject pronoun, possibly through
 * {@code ne} and object pronouns ("je bois", "je ne bois plus", "je m'en sers"). Listed
 * in {@link #RESOURCE} as {@code infinitive: form form…}, lower case and without accents;
 * elsewhere such a form stays with the stemmer. Applied on lower-case words before stop
 * words are removed, so that the pronouns are still there. Immutable and thread-safe.
 */
public final class FrenchSubjectVerbs {

	public static final String RESOURCE = "/org/reciproque/platform/text/subject-verbs-fr.txt";

	/** Subject pronouns, after which a verb comes. */
	private static final CharArraySet SUBJECTS = CharArraySet.unmodifiableSet(
			new CharArraySet(List.of("je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"), false));

	/**
	 * What may stand between a subject and its verb: negation and object pronouns (elided
	 * ones, m' or n', are already their own word or gone).
	 */
	private static final CharArraySet BETWEEN = CharArraySet.unmodifiableSet(new CharArraySet(
			List.of("ne", "me", "te", "se", "le", "la", "les", "lui", "leur", "y", "en", "nous", "vous"), false));

	private static final FrenchSubjectVerbs DEFAULT = new FrenchSubjectVerbs(parse(TextResources.lines(RESOURCE)));

	/** Form to infinitive, both lower case and without accents, in order. */
	private final Map<String, String> verbs;

	FrenchSubjectVerbs(Map<String, String> verbs) {
		this.verbs = Map.copyOf(verbs);
	}

	public static FrenchSubjectVerbs defaults() {
		return DEFAULT;
	}

	/** Form to infinitive, sorted by form: part of the analysis' fingerprint. */
	Map<String, String> verbs() {
		return new TreeMap<>(this.verbs);
	}

	static Map<String, String> parse(List<String> lines) {
		Map<String, String> verbs = new HashMap<>();
		for (String line : lines) {
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("#")) {
				continue;
			}
			int colon = content.indexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException(RESOURCE + ": expected 'infinitive: form form…', got " + line);
			}
			String infinitive = content.substring(0, colon).strip();
			for (String form : content.substring(colon + 1).strip().split("\\s+")) {
				verbs.put(form, infinitive);
			}
		}
		return verbs;
	}

	TokenStream filter(TokenStream input) {
		return this.verbs.isEmpty() ? input : new Filter(input, this.verbs);
	}

	private static final class Filter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final Map<String, String> verbs;

		private boolean afterSubject;

		Filter(TokenStream input, Map<String, String> verbs) {
			super(input);
			this.verbs = verbs;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			// every token passes here: only a word right after a subject is read as a
			// String
			String verb = this.afterSubject ? this.verbs.get(FrenchSpelling.fold(this.term.toString())) : null;
			if (verb != null) {
				this.term.setEmpty().append(verb);
				this.afterSubject = false;
			}
			else if (SUBJECTS.contains(this.term.buffer(), 0, this.term.length())) {
				this.afterSubject = true;
			}
			else if (!BETWEEN.contains(this.term.buffer(), 0, this.term.length())) {
				this.afterSubject = false;
			}
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.afterSubject = false;
		}

	}

}
