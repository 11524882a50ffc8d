package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchTextAnalysis;

/**
 * The analysed words of one candidate item, per field, read back from its term vectors:
 * for each stem its positions and the original words (for readable reasons).
 */
final class CandidateTerms {

	/** Fields compared with the request, in order of trust. */
	static final List<String> FIELDS = List.of(MatchIndex.TITLE, MatchIndex.EXTRA, MatchIndex.BODY);

	/** Stop words leave gaps: "prise de parole" has its stems two positions apart. */
	private static final int MAX_GAP = 3;

	private final String id;

	private final Map<String, Map<String, List<Occurrence>>> byField = new HashMap<>();

	private CandidateTerms(String id) {
		this.id = id;
	}

	/**
	 * Reads a candidate's term vectors; {@code texts} are its stored field texts, to
	 * quote its own words.
	 */
	static CandidateTerms read(String id, int doc, TermVectors vectors, Map<String, String> texts) throws IOException {
		CandidateTerms candidate = new CandidateTerms(id);
		for (String field : FIELDS) {
			Map<String, List<Occurrence>> terms = new HashMap<>();
			candidate.byField.put(field, terms);
			Terms vector = vectors.get(doc, field);
			if (vector != null) {
				readField(vector, texts.getOrDefault(field, ""), terms);
			}
		}
		return candidate;
	}

	/**
	 * Analyses an item that need not be indexed (the offer of a reverse match), the way
	 * the index analyses its fields.
	 */
	static CandidateTerms analyse(String id, Map<String, String> texts, FrenchTextAnalysis analysis) {
		CandidateTerms candidate = new CandidateTerms(id);
		for (String field : FIELDS) {
			Map<String, List<Occurrence>> terms = new HashMap<>();
			candidate.byField.put(field, terms);
			for (FrenchTextAnalysis.Token token : analysis.tokens(texts.get(field))) {
				terms.computeIfAbsent(token.term(), (t) -> new ArrayList<>())
					.add(new Occurrence(token.position(), token.surface()));
			}
		}
		return candidate;
	}

	private static void readField(Terms vector, String text, Map<String, List<Occurrence>> terms) throws IOException {
		TermsEnum termsEnum = vector.iterator();
		PostingsEnum postings = null;
		BytesRef term;
		while ((term = termsEnum.next()) != null) {
			postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
			postings.nextDoc();
			List<Occurrence> occurrences = new ArrayList<>();
			for (int i = 0; i < postings.freq(); i++) {
				int position = postings.nextPosition();
				boolean hasOffsets = postings.startOffset() >= 0 && postings.endOffset() <= text.length();
				String surface = hasOffsets ? text.substring(postings.startOffset(), postings.endOffset())
						: term.utf8ToString();
				occurrences.add(new Occurrence(position, FrenchTextAnalysis.withoutElision(surface)));
			}
			terms.put(term.utf8ToString(), occurrences);
		}
	}

	String id() {
		return this.id;
	}

	/**
	 * All stems of a field (e.g. to measure how much of the candidate's title is
	 * covered).
	 */
	Map<String, List<Occurrence>> terms(String field) {
		return this.byField.getOrDefault(field, Map.of());
	}

	/**
	 * Finds an analysed phrase in a field: all its stems in order, each within a few
	 * positions of the previous one. Returns the matched words as written, or null when
	 * absent.
	 */
	@Nullable String find(String field, String[] stems) {
		return find(field, stems, (word) -> true);
	}

	/**
	 * As {@link #find(String, String[])}, with a first word that {@code firstWord}
	 * accepts.
	 */
	@Nullable String find(String field, String[] stems, Predicate<String> firstWord) {
		Map<String, List<Occurrence>> terms = terms(field);
		for (Occurrence start : terms.getOrDefault(stems[0], List.of())) {
			if (!firstWord.test(start.surface())) {
				continue;
			}
			StringBuilder surface = new StringBuilder(start.surface());
			int position = start.position();
			boolean found = true;
			for (int i = 1; i < stems.length && found; i++) {
				Occurrence next = following(terms.get(stems[i]), position);
				found = next != null;
				if (next != null) {
					position = next.position();
					surface.append(' ').append(next.surface());
				}
			}
			if (found) {
				return surface.toString();
			}
		}
		return null;
	}

	private static @Nullable Occurrence following(@Nullable List<Occurrence> occurrences, int position) {
		if (occurrences != null) {
			for (Occurrence occurrence : occurrences) {
				if (occurrence.position() > position && occurrence.position() <= position + MAX_GAP) {
					return occurrence;
				}
			}
		}
		return null;
	}

	/**
	 * One occurrence of a stem.
	 *
	 * @param position its position in the field
	 * @param surface the word as written, lower-cased, without elision
	 */
	record Occurrence(int position, String surface) {
	}

}
