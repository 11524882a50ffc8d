package org.reciproque.platform.text;

import java.util.Map;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Creates {@link FrenchDerivationFilter}s, so that analyzers built by class (Hibernate
 * Search's analysis configurers, Lucene's {@code CustomAnalyzer}) can use it. Place it
 * right after {@code FrenchLightStemFilterFactory}, in the indexing and the query
 * analyzer alike: a stem cut on one side only would no longer meet the other.
 */
public class FrenchDerivationFilterFactory extends TokenFilterFactory {

	/** SPI name (required by Lucene for factories). */
	public static final String NAME = "reciproqueFrenchDerivation";

	/**
	 * Required by Lucene's SPI; not used.
	 */
	public FrenchDerivationFilterFactory() {
		throw defaultCtorException();
	}

	public FrenchDerivationFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return new FrenchDerivationFilter(input);
	}

}
