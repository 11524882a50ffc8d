package org.reciproque.platform.text;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link FrenchNounFilter}s, so that analyzers built by class (Hibernate Search's
 * analysis configurers) can use it. Place it right before
 * {@code FrenchLightStemFilterFactory}, in the indexing and the query analyzer alike.
 */
public class FrenchNounFilterFactory extends TokenFilterFactory {

	/** SPI name (required by Lucene for factories). */
	public static final String NAME = "reciproqueFrenchNoun";

	/**
	 * Required by Lucene's SPI; not used.
	 */
	public FrenchNounFilterFactory() {
		throw defaultCtorException();
	}

	public FrenchNounFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new FrenchNounFilter(input);
	}

}
