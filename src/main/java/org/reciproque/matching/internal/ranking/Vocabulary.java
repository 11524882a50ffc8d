package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.Thesaurus;

/**
 * Word statistics of one index snapshot: inverse document frequencies (how telling a word
 * is) and one-edit neighbours of unknown words (typo candidates). Shared by all requests
 * on the same snapshot (see {@link #of}); thread-safe, its caches live as long as the
 * snapshot.
 */
final class Vocabulary {

	/** Typos rarely hit the first letters; keeping them cuts false friends. */
	private static final int KEPT_PREFIX = 2;

	private final IndexReader reader;

	private final Thesaurus thesaurus;

	/** The text field of the idf: that of the candidates' group. */
	private final String field;

	private final int docs;

	private final Map<String, Integer> docFreqCache = new ConcurrentHashMap<>();

	private final Map<String, Double> idfCache = new ConcurrentHashMap<>();

	private final Map<String, List<String>> neighbourCache = new ConcurrentHashMap<>();

	/**
	 * @param field the text field whose statistics make the idf
	 * ({@link MatchIndex#textField}): which words tell the candidates apart
	 */
	Vocabulary(IndexReader reader, Thesaurus thesaurus, String field) {
		this.reader = reader;
		this.thesaurus = thesaurus;
		this.field = field;
		try {
			this.docs = Math.max(1, MatchIndex.ALL.equals(field) ? reader.numDocs() : reader.getDocCount(field));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The vocabulary of {@code reader} with the idf of {@code field}: {@code last} when
	 * it was built on the same snapshot for the same field, a new one otherwise.
	 */
	static Vocabulary of(IndexReader reader, Thesaurus thesaurus, @Nullable Vocabulary last, String field) {
		return (last != null && last.reader == reader && last.thesaurus == thesaurus && last.field.equals(field)) ? last
				: new Vocabulary(reader, thesaurus, field);
	}

	IndexReader reader() {
		return this.reader;
	}

	/**
	 * In how many items (of any group) a word occurs; remembered for the snapshot, since
	 * scoring the candidates of an offer asks it for each of their words and their
	 * thesaurus links.
	 */
	int docFreq(String stem) {
		return this.docFreqCache.computeIfAbsent(stem, (s) -> {
			try {
				return this.reader.docFreq(new Term(MatchIndex.ALL, s));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * BM25's idf among the items of this vocabulary's field; a word absent from them gets
	 * the maximum.
	 */
	double idf(String stem) {
		return this.idfCache.computeIfAbsent(stem, (s) -> {
			int df = MatchIndex.ALL.equals(this.field) ? docFreq(s) : fieldDocFreq(s);
			return Math.log(1 + (this.docs - df + 0.5) / (df + 0.5));
		});
	}

	private int fieldDocFreq(String stem) {
		try {
			return this.reader.docFreq(new Term(this.field, stem));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Idf of a phrase: the mean of its words' idf.
	 */
	double phraseIdf(String key) {
		String[] parts = key.split(" ");
		double sum = 0;
		for (String part : parts) {
			sum += idf(part);
		}
		return sum / parts.length;
	}

	/**
	 * Known to the index or to the thesaurus: such a word is not treated as a typo.
	 */
	boolean known(String stem) {
		return docFreq(stem) > 0 || this.thesaurus.contains(stem);
	}

	/**
	 * Indexed words and thesaurus entries one edit (or one transposition) away, with the
	 * same first letters.
	 */
	List<String> neighbours(String stem) {
		return this.neighbourCache.computeIfAbsent(stem, this::findNeighbours);
	}

	private List<String> findNeighbours(String stem) {
		String prefix = stem.substring(0, KEPT_PREFIX);
		List<String> neighbours = indexedNeighbours(stem, prefix);
		for (String key : this.thesaurus.singleWordKeys()) {
			if (Math.abs(key.length() - stem.length()) <= 1 && key.startsWith(prefix) && !neighbours.contains(key)
					&& EditDistance.atMostOne(stem, key)) {
				neighbours.add(key);
			}
		}
		return List.copyOf(neighbours);
	}

	private List<String> indexedNeighbours(String stem, String prefix) {
		List<String> neighbours = new ArrayList<>();
		try {
			Terms terms = MultiTerms.getTerms(this.reader, MatchIndex.ALL);
			if (terms != null) {
				LevenshteinAutomata automata = new LevenshteinAutomata(stem.substring(KEPT_PREFIX), true);
				TermsEnum termsEnum = new CompiledAutomaton(automata.toAutomaton(1, prefix)).getTermsEnum(terms);
				BytesRef term;
				while ((term = termsEnum.next()) != null) {
					neighbours.add(term.utf8ToString());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return neighbours;
	}

}
