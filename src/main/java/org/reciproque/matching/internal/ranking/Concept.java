package org.reciproque.matching.internal.ranking;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One meaningful unit of a request: a word or a thesaurus phrase, with the forms that may
 * express it in an offer. Mutable only while {@link ConceptExtractor} builds it.
 */
final class Concept {

	final String key;

	final String surface;

	boolean inTitle;

	/** Names something to learn (a thesaurus topic), as opposed to context words. */
	boolean topic;

	/**
	 * Only in the purpose complement of the request's title ("Maquillage discret pour un
	 * entretien"): says what the need is for, not what it is.
	 */
	boolean purpose;

	/**
	 * A number or a word of the calendar or the clock ("50 verbes", "vendredi", "le
	 * soir"): says how many or when, not what to learn.
	 */
	boolean incidental;

	int occurrences;

	final Map<String, Alternative> alternatives = new LinkedHashMap<>();

	Concept(String key, String surface, boolean inTitle) {
		this.key = key;
		this.surface = surface;
		this.inTitle = inTitle;
		this.occurrences = 1;
		this.alternatives.put(key, new Alternative(key, Kind.EXACT, surface));
	}

	/**
	 * Adds a form unless the concept already has it through a stronger link.
	 */
	void add(String alternativeKey, Kind kind, String label) {
		Alternative old = this.alternatives.get(alternativeKey);
		if (old == null || kind.ordinal() < old.kind().ordinal()) {
			this.alternatives.put(alternativeKey, new Alternative(alternativeKey, kind, label));
		}
	}

	@Override
	public String toString() {
		return this.surface + (this.inTitle ? "*" : "") + this.alternatives.keySet();
	}

	/**
	 * How an alternative form was obtained, strongest first; the scorer gives each kind
	 * its own weight.
	 */
	enum Kind {

		EXACT, SYNONYM, RELATED, FUZZY, GENERAL, PART

	}

	/**
	 * One form (analysed phrase) that would express the concept in an offer.
	 *
	 * @param key the stems joined by a space
	 * @param kind how the form was obtained
	 * @param label the form as written, for reasons
	 * @param stems the key's stems, split once because they are matched against many
	 * candidates
	 */
	record Alternative(String key, Kind kind, String label, String[] stems) {

		Alternative(String key, Kind kind, String label) {
			this(key, kind, label, key.split(" "));
		}

	}

}
