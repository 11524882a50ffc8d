package org.reciproque.knowledge.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.reciproque.platform.text.FrenchDerivationFilterFactory;
import org.reciproque.platform.text.FrenchNounFilterFactory;
import org.reciproque.platform.text.FrenchStemExceptionsFilterFactory;

/**
 * The French analyzers of the search index. Both fold elisions (l', d', qu'), case and
 * accents, drop French stop words and stem lightly (tricot / tricoter); the query
 * analyzer also expands synonyms from the default category tree (vélo / bicyclette),
 * applied before stemming so that each synonym is stemmed like indexed text.
 */
public class FrenchAnalysisConfigurer implements LuceneAnalysisConfigurer {

	static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/french_stop.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("french")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", STOP_WORDS)
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(FrenchStemExceptionsFilterFactory.class)
			.tokenFilter(FrenchNounFilterFactory.class)
			.tokenFilter(FrenchLightStemFilterFactory.class)
			.tokenFilter(FrenchDerivationFilterFactory.class);
		context.analyzer("french_folded")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer("french_query")
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(ElisionFilterFactory.class)
			.param("ignoreCase", "true")
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(CategorySynonymFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", STOP_WORDS)
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(FrenchStemExceptionsFilterFactory.class)
			.tokenFilter(FrenchNounFilterFactory.class)
			.tokenFilter(FrenchLightStemFilterFactory.class)
			.tokenFilter(FrenchDerivationFilterFactory.class);
	}

}
