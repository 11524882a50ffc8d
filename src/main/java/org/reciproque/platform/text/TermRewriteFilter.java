package org.reciproque.platform.text;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A filter that shortens or rewrites each term in place, leaving tokens marked as
 * keywords alone (as Lucene's stemmers do).
 */
abstract class TermRewriteFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

	TermRewriteFilter(TokenStream input) {
		super(input);
	}

	@Override
	public final boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		if (!this.keyword.isKeyword()) {
			this.term.setLength(rewrite(this.term.buffer(), this.term.length()));
		}
		return true;
	}

	/**
	 * Rewrites the term held in the first {@code length} chars of {@code s} in place and
	 * returns its new length, never longer.
	 */
	abstract int rewrite(char[] s, int length);

}
