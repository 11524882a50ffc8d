package org.reciproque.platform.text;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates the filter of {@link FrenchStemExceptions#defaults()}, so that analyzers built
 * by class (Hibernate Search's analysis configurers) can use it. Place it after accent
 * folding and before {@link FrenchNounFilterFactory} and the stemmer, in the indexing and
 * the query analyzer alike.
 */
public class FrenchStemExceptionsFilterFactory extends TokenFilterFactory {

	/** SPI name (required by Lucene for factories). */
	public static final String NAME = "reciproqueFrenchStemExceptions";

	/**
	 * Required by Lucene's SPI; not used.
	 */
	public FrenchStemExceptionsFilterFactory() {
		throw defaultCtorException();
	}

	public FrenchStemExceptionsFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return FrenchStemExceptions.defaults().filter(input);
	}

}
