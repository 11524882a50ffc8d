package org.reciproque.platform.text;

import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Stop words for requests and offers: Lucene's French list plus the boilerplate of a
 * knowledge-exchange network ("bonjour", "je voudrais", "apprendre"…), listed in
 * {@code stopwords-fr.txt}.
 */
public final class FrenchStopWords {

	/** Classpath location of the hand-maintained list. */
	public static final String RESOURCE = "/org/reciproque/platform/text/stopwords-fr.txt";

	private FrenchStopWords() {
	}

	/**
	 * Lucene's French stop words plus {@link #RESOURCE}, ignoring case; a new mutable
	 * set.
	 */
	public static CharArraySet defaults() {
		CharArraySet set = new CharArraySet(FrenchAnalyzer.getDefaultStopSet(), true);
		for (String line : TextResources.lines(RESOURCE)) {
			int hash = line.indexOf('#');
			String content = ((hash >= 0) ? line.substring(0, hash) : line).strip();
			for (String word : content.split("[\\s,]+")) {
				if (!word.isEmpty()) {
					set.add(word);
				}
			}
		}
		return set;
	}

	/**
	 * The given words plus their unaccented forms, ignoring case, so that "déjà" and
	 * "deja" are stopped alike even when stop words are removed before accents are
	 * folded.
	 */
	public static CharArraySet withFoldedForms(Set<?> words) {
		CharArraySet folded = new CharArraySet(words.size() * 2, true);
		for (Object word : words) {
			String text = (word instanceof char[] chars) ? new String(chars) : word.toString();
			folded.add(text);
			folded.add(FrenchSpelling.fold(text));
		}
		return folded;
	}

}
