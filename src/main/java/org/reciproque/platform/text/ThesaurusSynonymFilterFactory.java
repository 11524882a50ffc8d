package org.reciproque.platform.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Expands a query with the groups of equivalent words of the {@link Thesaurus}
 * ({@code vélo, bicyclette, biclou…}), context groups included. One-way links
 * ({@code trac => prise de parole}) are left out: they name a probable need, and a search
 * for one word must not return texts about another.
 *
 * <p>
 * Meant for query analyzers only, after elision, lower case and accent folding and before
 * stop words and stemming: entries are normalised like the tokens it receives (standard
 * tokenizer, elision, lower case, accent folding), not stemmed, so that each synonym is
 * then stemmed like indexed text. A plural the thesaurus does not list ("vélos") is
 * therefore not expanded.
 */
public class ThesaurusSynonymFilterFactory extends TokenFilterFactory {

	/** SPI name (required by Lucene for factories). */
	public static final String NAME = "reciproqueThesaurusSynonyms";

	private final SynonymMap synonyms;

	/**
	 * Required by Lucene's SPI; not used.
	 */
	public ThesaurusSynonymFilterFactory() {
		throw defaultCtorException();
	}

	public ThesaurusSynonymFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
		// built here rather than on first query, so that a broken thesaurus stops the
		// application at start-up
		this.synonyms = DefaultSynonyms.MAP;
	}

	@Override
	public TokenStream create(TokenStream input) {
		return (this.synonyms.fst == null) ? input : new SynonymGraphFilter(input, this.synonyms, true);
	}

	/**
	 * The groups of equivalent words of {@link Thesaurus#RESOURCE}, as written, for a
	 * query analyzer that must merge them with other synonyms: Lucene's synonym filter
	 * cannot follow another one in the same chain (it does not read a token graph), so
	 * several sources of synonyms must share one filter.
	 */
	public static List<List<String>> groups() {
		return ThesaurusLine.parseAll(TextResources.lines(Thesaurus.RESOURCE))
			.stream()
			.filter(ThesaurusLine::isSynonymGroup)
			.map(ThesaurusLine::from)
			.toList();
	}

	/**
	 * Builds the synonym map of the synonym groups among {@code lines} (thesaurus file
	 * lines).
	 * @throws IllegalStateException if an entry normalises to nothing
	 */
	static SynonymMap build(List<String> lines) {
		try (Analyzer normalizer = new Normalizer()) {
			GroupParser parser = new GroupParser(normalizer);
			for (ThesaurusLine line : ThesaurusLine.parseAll(lines)) {
				if (line.isSynonymGroup()) {
					parser.addGroup(line.from());
				}
			}
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The synonyms of {@link Thesaurus#RESOURCE}, built once, on first use.
	 */
	private static final class DefaultSynonyms {

		static final SynonymMap MAP = build(TextResources.lines(Thesaurus.RESOURCE));

	}

	/**
	 * Adds each word of a group as a synonym of each other word, and of itself so that
	 * the original stays in the stream (as Solr's {@code expand=true} does).
	 */
	private static final class GroupParser extends SynonymMap.Parser {

		GroupParser(Analyzer normalizer) {
			super(true, normalizer);
		}

		@Override
		public void parse(Reader in) {
			throw new UnsupportedOperationException("groups are added one by one");
		}

		void addGroup(List<String> words) throws IOException {
			List<CharsRef> normalised = new ArrayList<>();
			for (String word : words) {
				try {
					normalised.add(analyze(word, new CharsRefBuilder()));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(
							"Thesaurus entry '" + word + "' in " + words + ": " + ex.getMessage(), ex);
				}
			}
			for (CharsRef from : normalised) {
				for (CharsRef to : normalised) {
					add(from, to, false);
				}
			}
		}

	}

	/**
	 * The part of the query chain that runs before this filter.
	 */
	private static final class Normalizer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
			stream = new LowerCaseFilter(stream);
			stream = new ASCIIFoldingFilter(stream);
			return new TokenStreamComponents(source, stream);
		}

	}

}
