package org.reciproque.matching.internal.ranking;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.text.FrenchTextAnalysis;

/**
 * Lucene index of the items that can be suggested (offers, or requests when matching the
 * other way). Each item has a title, a description and optional extra text such as
 * category names. Term vectors with positions and offsets are kept so that the scorer can
 * compare a request with a candidate word by word and quote the candidate's own words in
 * reasons. With a {@link TextEmbedding}, each item also stores the vector of its text.
 *
 * <p>
 * Thread-safe: writes go through one {@link IndexWriter}; readers come from a
 * {@link SearcherManager} refreshed after each write batch ({@link #refresh()}).
 */
public final class MatchIndex implements Closeable {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String BODY = "body";

	static final String EXTRA = "extra";

	/** Title + body + extra, used for document frequencies and candidate retrieval. */
	static final String ALL = "all";

	/**
	 * The key whose value puts an item in a group with word statistics of its own
	 * ({@code direction → OFFER}): the item's text is also indexed in {@link #textField
	 * its group's field}, so that BM25 and idf for a request's candidates are those of
	 * the offers, not of offers and requests mixed (requests describe needs in other
	 * words, and a word many requests use may still tell offers apart).
	 */
	static final String GROUP_KEY = "direction";

	/** The stored {@link TextEmbedding} vector of the item's title and description. */
	static final String VECTOR = "vector";

	/**
	 * Changes with what the index stores besides the analysed terms; an index written by
	 * another version is rebuilt, as one written under another analysis.
	 */
	static final String SCHEMA = "3";

	private static final FieldType WITH_VECTORS = withVectors();

	/** Commit data key: the {@link FrenchTextAnalysis#fingerprint()} of the terms. */
	static final String ANALYSIS = "analysis";

	/** Commit data key: the {@link TextEmbedding#name() model} of every stored vector. */
	static final String EMBEDDING = "embedding";

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final String analysis;

	private final TextEmbedding embedding;

	private volatile boolean analysedAsNow;

	/**
	 * Whether the stored vectors come from this index's model, so that an item written
	 * again with the same title and description keeps its vector instead of being
	 * embedded again (a rebuild after a change of analysis then costs no embedding).
	 */
	private volatile boolean vectorsAsNow;

	/**
	 * Opens (or creates) an index in {@code directory}, analysed with {@code analysis},
	 * without vectors.
	 */
	public MatchIndex(Directory directory, FrenchTextAnalysis analysis) {
		this(directory, analysis, TextEmbedding.none());
	}

	/**
	 * Opens (or creates) an index in {@code directory}, analysed with {@code analysis},
	 * storing each item's vector from {@code embedding}.
	 */
	public MatchIndex(Directory directory, FrenchTextAnalysis analysis, TextEmbedding embedding) {
		this.analysis = analysis.fingerprint() + "/" + SCHEMA + "/" + embedding.name();
		this.embedding = embedding;
		try {
			boolean created = !DirectoryReader.indexExists(directory);
			IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer());
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(this.writer, null);
			if (created) {
				markAnalysedAsNow();
			}
			else {
				Map<String, String> data = commitData();
				this.analysedAsNow = this.analysis.equals(data.get(ANALYSIS));
				this.vectorsAsNow = embedding.isEnabled() && embedding.name().equals(data.get(EMBEDDING));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static FieldType withVectors() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		type.setStoreTermVectors(true);
		type.setStoreTermVectorPositions(true);
		type.setStoreTermVectorOffsets(true);
		type.freeze();
		return type;
	}

	/**
	 * The field holding the whole text of a group's items ({@link #GROUP_KEY}), or of
	 * every item without a group.
	 */
	static String textField(@Nullable String group) {
		return (group == null) ? ALL : ALL + "." + group;
	}

	/**
	 * Prefix of the exact-match key fields, so that keys never clash with text fields.
	 */
	private static final String KEY_PREFIX = "key.";

	/**
	 * Adds or replaces one item without filter keys; call {@link #refresh()} to make
	 * changes visible.
	 */
	public void upsert(String id, @Nullable String title, @Nullable String description, @Nullable String extra) {
		upsert(id, title, description, extra, Map.of());
	}

	/**
	 * Adds or replaces one item; call {@link #refresh()} to make changes visible.
	 * @param keys exact-match fields that a {@link CandidateFilter} can test, e.g.
	 * {@code network → 42}, {@code direction → OFFER}, {@code visibility → ALL_NETWORKS},
	 * {@code author → 17}
	 */
	public void upsert(String id, @Nullable String title, @Nullable String description, @Nullable String extra,
			Map<String, String> keys) {
		byte[] vector = storedVector(id, title, description);
		upsert(id, title, description, extra, keys,
				(vector != null) ? vector : this.embedding.embed(title, description));
	}

	/**
	 * The vector already stored for this item, when it comes from the current model and
	 * its title and description are unchanged.
	 */
	private byte @Nullable [] storedVector(String id, @Nullable String title, @Nullable String description) {
		if (!this.vectorsAsNow) {
			return null;
		}
		return withSearcher((searcher) -> {
			Document stored = stored(searcher, id);
			boolean same = stored != null && nonNull(title).equals(stored.get(TITLE))
					&& nonNull(description).equals(stored.get(BODY));
			return same ? vector(stored) : null;
		});
	}

	/**
	 * Adds or replaces one item with a vector computed elsewhere (or none).
	 */
	void upsert(String id, @Nullable String title, @Nullable String description, @Nullable String extra,
			Map<String, String> keys, byte @Nullable [] vector) {
		Document doc = new Document();
		doc.add(new StringField(ID, id, Field.Store.YES));
		keys.forEach((key, value) -> doc.add(new StringField(keyField(key), value, Field.Store.NO)));
		doc.add(new Field(TITLE, nonNull(title), WITH_VECTORS));
		doc.add(new Field(BODY, nonNull(description), WITH_VECTORS));
		doc.add(new Field(EXTRA, nonNull(extra), WITH_VECTORS));
		String all = nonNull(title) + "\n" + nonNull(description) + "\n" + nonNull(extra);
		doc.add(new TextField(ALL, all, Field.Store.NO));
		String group = keys.get(GROUP_KEY);
		if (group != null) {
			doc.add(new TextField(textField(group), all, Field.Store.NO));
		}
		if (vector != null) {
			doc.add(new StoredField(VECTOR, vector));
		}
		try {
			this.writer.updateDocument(new Term(ID, id), doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	TextEmbedding embedding() {
		return this.embedding;
	}

	/**
	 * The stored vector of an item, or {@code null} when the item is not indexed or has
	 * none: the matcher then embeds the text it is given.
	 */
	public byte @Nullable [] vector(String id) {
		return withSearcher((searcher) -> {
			Document stored = stored(searcher, id);
			return (stored != null) ? vector(stored) : null;
		});
	}

	private static @Nullable Document stored(IndexSearcher searcher, String id) throws IOException {
		ScoreDoc[] hits = searcher.search(new TermQuery(new Term(ID, id)), 1).scoreDocs;
		return (hits.length == 0) ? null : searcher.storedFields().document(hits[0].doc);
	}

	static byte @Nullable [] vector(Document stored) {
		BytesRef bytes = stored.getBinaryValue(VECTOR);
		return (bytes != null) ? BytesRef.deepCopyOf(bytes).bytes : null;
	}

	/**
	 * Removes an item (e.g. an offer withdrawn or archived).
	 */
	public void delete(String id) {
		try {
			this.writer.deleteDocuments(new Term(ID, id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Commits pending writes and makes them visible to searches.
	 */
	public void refresh() {
		try {
			this.writer.commit();
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether every item was analysed as the analysis given to the constructor would:
	 * false when the index was written by a version whose stop words, stem exceptions or
	 * chain differ, until {@link #markAnalysedAsNow()}.
	 */
	public boolean isAnalysedAsNow() {
		return this.analysedAsNow;
	}

	/**
	 * Records, in a commit, that every item has now been written with the current
	 * analysis: call it once a rebuild has rewritten them all.
	 */
	public void markAnalysedAsNow() {
		this.writer.setLiveCommitData(Map.of(ANALYSIS, this.analysis, EMBEDDING, this.embedding.name()).entrySet());
		refresh();
		this.analysedAsNow = true;
		this.vectorsAsNow = this.embedding.isEnabled();
	}

	private Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	/**
	 * How many live items the index holds (cheap: no stored field is read).
	 */
	public int size() {
		return withSearcher((searcher) -> searcher.getIndexReader().numDocs());
	}

	/**
	 * Identifiers of all live items.
	 */
	public List<String> ids() {
		return withSearcher((searcher) -> {
			List<String> ids = new ArrayList<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				LeafReader reader = leaf.reader();
				Bits live = reader.getLiveDocs();
				StoredFields stored = reader.storedFields();
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					if (live == null || live.get(doc)) {
						ids.add(stored.document(doc).get(ID));
					}
				}
			}
			return ids;
		});
	}

	/**
	 * Runs {@code work} on a consistent snapshot of the index.
	 */
	<T> T withSearcher(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The Lucene field holding a filter key.
	 */
	static String keyField(String key) {
		return KEY_PREFIX + key;
	}

	private static String nonNull(@Nullable String text) {
		return (text != null) ? text : "";
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
	}

	/**
	 * Work done with an acquired searcher.
	 */
	@FunctionalInterface
	interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
