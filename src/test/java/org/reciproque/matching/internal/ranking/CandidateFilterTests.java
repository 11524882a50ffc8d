package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * One shared index holding the offers and requests of several networks: the filter
 * decides which of them may be suggested.
 */
class CandidateFilterTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	private static final Thesaurus THESAURUS = Thesaurus.loadDefault(ANALYSIS);

	private MatchIndex index;

	private Matcher matcher;

	@BeforeEach
	void indexTwoNetworks() {
		this.index = new MatchIndex(new ByteBuffersDirectory(), ANALYSIS);
		offer("mine", "1", "NETWORK", "17");
		offer("same-network", "1", "NETWORK", "18");
		offer("declined", "1", "NETWORK", "19");
		offer("other-private", "2", "NETWORK", "20");
		offer("other-shared", "2", "ALL_NETWORKS", "21");
		this.index.upsert("a-request", "Tricot", "Je cherche à apprendre le tricot.", null,
				Map.of("network", "1", "direction", "REQUEST", "visibility", "NETWORK", "author", "22"));
		this.index.refresh();
		this.matcher = new Matcher(this.index, ANALYSIS, THESAURUS, MatcherSettings.defaults());
	}

	private void offer(String id, String network, String visibility, String author) {
		this.index.upsert(id, "Tricot pour débutants", "Je vous apprends le tricot : mailles, endroit, envers.", null,
				Map.of("network", network, "direction", "OFFER", "visibility", visibility, "author", author));
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void shouldReturnEveryMatchingItemWithoutRestriction() {
		assertThat(ids(CandidateFilter.all())).containsExactlyInAnyOrder("mine", "same-network", "declined",
				"other-private", "other-shared", "a-request");
	}

	@Test
	void shouldKeepOtherNetworksPrivateItemsOut() {
		assertThat(ids(memberOfNetworkOne())).doesNotContain("other-private");
	}

	@Test
	void shouldOfferItemsSharedWithAllNetworks() {
		assertThat(ids(memberOfNetworkOne())).contains("same-network", "other-shared");
	}

	@Test
	void shouldNeverSuggestOnesOwnItems() {
		assertThat(ids(memberOfNetworkOne())).doesNotContain("mine");
	}

	@Test
	void shouldLeaveOutExcludedIds() {
		assertThat(ids(memberOfNetworkOne())).doesNotContain("declined");
	}

	@Test
	void shouldKeepOnlyTheRequiredDirection() {
		assertThat(ids(memberOfNetworkOne())).containsExactlyInAnyOrder("same-network", "other-shared");
		assertThat(ids(CandidateFilter.all().require("direction", "REQUEST"))).containsExactly("a-request");
	}

	@Test
	void shouldSeeNewItemsAndForgetDeletedOnesAfterRefresh() {
		this.index.delete("same-network");
		offer("new", "1", "NETWORK", "23");
		this.index.refresh();
		assertThat(ids(memberOfNetworkOne())).containsExactlyInAnyOrder("other-shared", "new");
	}

	@Test
	void shouldNameTheOneGroupItsCandidatesBelongTo() {
		assertThat(CandidateFilter.all().group()).isNull();
		assertThat(CandidateFilter.all().require("network", "1").require("direction", "OFFER").group())
			.isEqualTo("OFFER");
		assertThat(CandidateFilter.all().require("direction", "OFFER", "REQUEST").group()).isNull();
		assertThat(CandidateFilter.all()
			.requireAnyOf(Map.of("direction", Set.of("OFFER"), "network", Set.of("1")))
			.group()).isNull();
	}

	@Test
	void shouldRefuseAConditionWithoutValues() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CandidateFilter.all().requireAnyOf(Map.of("network", Set.of())));
	}

	/**
	 * The application's filter for member 17 of network 1 looking for offers.
	 */
	private static CandidateFilter memberOfNetworkOne() {
		return CandidateFilter.all()
			.requireAnyOf(Map.of("network", Set.of("1"), "visibility", Set.of("ALL_NETWORKS")))
			.require("direction", "OFFER")
			.forbid("author", "17")
			.excludeIds(Set.of("declined"));
	}

	private List<String> ids(CandidateFilter filter) {
		return this.matcher.suggest("Apprendre le tricot", "J'aimerais tricoter une écharpe.", 10, filter)
			.stream()
			.map(Suggestion::id)
			.toList();
	}

}
