package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reciproque.matching.internal.evaluation.Dataset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher on one of the evaluation sets that ship with the tests (see the README
 * beside them): loads the set into a fresh in-memory index once per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OwnSetEvaluation {

	private final String resource;

	private final int offers;

	private final int requests;

	private final int unanswerable;

	Dataset data;

	MatcherLab lab;

	OwnSetEvaluation(String resource, int offers, int requests, int unanswerable) {
		this.resource = resource;
		this.offers = offers;
		this.requests = requests;
		this.unanswerable = unanswerable;
	}

	@BeforeAll
	void load() throws IOException {
		try (InputStream in = getClass().getResourceAsStream(this.resource)) {
			assertThat(in).as(this.resource).isNotNull();
			this.data = Dataset.read(in);
		}
		this.lab = new MatcherLab(this.data, MatcherSettings.defaults());
	}

	@AfterAll
	void close() throws IOException {
		this.lab.close();
	}

	@Test
	void shouldReadTheWholeSet() {
		assertThat(this.data.offers()).hasSize(this.offers);
		assertThat(this.data.requests()).hasSize(this.requests);
		assertThat(this.data.requests()).filteredOn((request) -> request.relevant().isEmpty())
			.hasSize(this.unanswerable);
	}

}
