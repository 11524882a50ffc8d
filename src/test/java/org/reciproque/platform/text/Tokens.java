package org.reciproque.platform.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the terms an analyzer produces, in order (synonyms included).
 */
final class Tokens {

	private Tokens() {
	}

	static List<String> of(Analyzer analyzer, String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	/**
	 * The one term {@code analysis} makes of a word (asserted to be one).
	 */
	static String term(FrenchTextAnalysis analysis, String word) {
		List<FrenchTextAnalysis.Token> tokens = analysis.tokens(word);
		assertThat(tokens).as("terms of %s", word).hasSize(1);
		return tokens.get(0).term();
	}

}
