package org.reciproque.matching.internal.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The data set README's reference point: plain Lucene BM25 over title + description, the
 * query being the request's title + description, no threshold. Reproducing the README's
 * figures with it proves the metric code right.
 */
public final class Bm25Baseline implements AutoCloseable {

	private static final String TEXT = "text";

	private final Analyzer analyzer;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	public Bm25Baseline(Analyzer analyzer, List<Dataset.Item> items) throws IOException {
		this.analyzer = analyzer;
		try (IndexWriter writer = new IndexWriter(this.directory, new IndexWriterConfig(analyzer))) {
			for (Dataset.Item item : items) {
				Document doc = new Document();
				doc.add(new StringField("id", item.id(), Field.Store.YES));
				doc.add(new TextField(TEXT, item.title() + "\n" + item.description(), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		this.reader = DirectoryReader.open(this.directory);
	}

	/**
	 * The reference point: Lucene's StandardAnalyzer, no stemming, no synonyms.
	 */
	public static Metrics standard(Dataset data) {
		return evaluateUnchecked(data, new StandardAnalyzer());
	}

	/**
	 * The README's stronger reference point: Lucene's FrenchAnalyzer (elision, stop
	 * words, light stemming).
	 */
	public static Metrics french(Dataset data) {
		return evaluateUnchecked(data, new FrenchAnalyzer());
	}

	private static Metrics evaluateUnchecked(Dataset data, Analyzer analyzer) {
		try {
			return evaluate(data, analyzer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Metrics of the baseline on a data set.
	 */
	public static Metrics evaluate(Dataset data, Analyzer analyzer) throws IOException {
		Metrics metrics = new Metrics();
		try (Bm25Baseline baseline = new Bm25Baseline(analyzer, data.offers())) {
			for (Dataset.Request request : data.requests()) {
				metrics.add(baseline.search(request.title(), request.description(), Metrics.K), request.relevant());
			}
		}
		return metrics;
	}

	/**
	 * Ids of the best {@code limit} items.
	 */
	public List<String> search(String title, String description, int limit) throws IOException {
		Query query = new QueryBuilder(this.analyzer).createBooleanQuery(TEXT, title + "\n" + description);
		List<String> ids = new ArrayList<>();
		if (query == null) {
			return ids;
		}
		IndexSearcher searcher = new IndexSearcher(this.reader);
		for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		return ids;
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
		this.directory.close();
	}

}
