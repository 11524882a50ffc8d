package org.reciproque.knowledge.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.reciproque.platform.text.ThesaurusSynonymFilterFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * Expands a query with the synonyms of the default category tree (each category's label,
 * when it is one word, and its synonyms form one group of equivalent words) and of the
 * project's general French thesaurus. Both go into one synonym filter: Lucene's synonym
 * filter cannot read another synonym filter's output. Synonyms an animator adds for one
 * network are found through the category fields of each item instead, which are indexed
 * with the item.
 */
public class CategorySynonymFilterFactory extends TokenFilterFactory {

	/** SPI name (required by Lucene for factories). */
	public static final String NAME = "reciproqueCategorySynonyms";

	static final String RESOURCE = "knowledge/categories-fr.txt";

	private static final SynonymMap SYNONYMS = build();

	/**
	 * Required by Lucene's SPI; not used.
	 */
	public CategorySynonymFilterFactory() {
		throw defaultCtorException();
	}

	public CategorySynonymFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	@Override
	public TokenStream create(TokenStream input) {
		return (SYNONYMS.fst == null) ? input : new SynonymGraphFilter(input, SYNONYMS, true);
	}

	static SynonymMap build() {
		try (Analyzer normalizer = CustomAnalyzer.builder()
			.withTokenizer(StandardTokenizerFactory.class)
			.addTokenFilter(ElisionFilterFactory.class, "ignoreCase", "true")
			.addTokenFilter(LowerCaseFilterFactory.class)
			.addTokenFilter(ASCIIFoldingFilterFactory.class)
			.build()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizer);
			parser.parse(new StringReader(String.join("\n", groups())));
			return parser.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Category synonyms cannot be parsed", ex);
		}
	}

	static List<String> groups() throws IOException {
		String text = new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
		List<String> groups = new ArrayList<>();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] fields = trimmed.split("\\s*\\|\\s*", -1);
			if (fields.length < 3 || fields[2].isBlank()) {
				continue;
			}
			List<String> words = new ArrayList<>();
			if (!fields[1].strip().contains(" ")) {
				words.add(fields[1].strip());
			}
			for (String synonym : fields[2].split(",")) {
				String word = synonym.strip().replace("\\", "");
				if (!word.isEmpty()) {
					words.add(word);
				}
			}
			if (words.size() > 1) {
				groups.add(String.join(", ", words));
			}
		}
		ThesaurusSynonymFilterFactory.groups().forEach((group) -> groups.add(String.join(", ", group)));
		return groups;
	}

}
