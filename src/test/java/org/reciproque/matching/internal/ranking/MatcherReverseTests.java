package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.Thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * From an offer to the requests it could answer, in an index holding both.
 */
class MatcherReverseTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	private static final Thesaurus THESAURUS = Thesaurus.loadDefault(ANALYSIS);

	private static final CandidateFilter REQUESTS = CandidateFilter.all().require("direction", "REQUEST");

	private MatchIndex index;

	private Matcher matcher;

	@BeforeEach
	void indexRequestsAndOffers() {
		this.index = new MatchIndex(new ByteBuffersDirectory(), ANALYSIS);
		request("jury", "Soutenance", "Je dois présenter mon projet devant un jury et je panique.");
		request("velo", "Mon vélo est crevé", "Je voudrais savoir réparer mon vélo.");
		request("tricot", "Apprendre a tricoter", "j'aimerais tricoter une echarpe");
		request("anglais", "Anglais", "Je voudrais parler anglais pour voyager.");
		this.index.upsert("parole", "Prendre la parole en public", "Poser sa voix, structurer son discours.", null,
				Map.of("direction", "OFFER"));
		this.index.refresh();
		this.matcher = new Matcher(this.index, ANALYSIS, THESAURUS, MatcherSettings.defaults());
	}

	private void request(String id, String title, String description) {
		this.index.upsert(id, title, description, null, Map.of("direction", "REQUEST"));
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void shouldFindTheRequestsAnOfferAnswers() {
		assertThat(reverse("Réparation de vélos", "Je vous apprends à réparer une crevaison, régler les freins."))
			.first()
			.isEqualTo("velo");
		assertThat(reverse("Tricot pour débutants", "Monter les mailles, l'endroit et l'envers.")).first()
			.isEqualTo("tricot");
	}

	@Test
	void shouldWeighARequestsWordsByTheOffersAloneWhateverOtherRequestsSay() {
		CandidateFilter offers = CandidateFilter.all().require("direction", "OFFER");
		List<Suggestion> before = this.matcher.suggest("Parler en public", "J'ai le trac devant un jury.", 5, offers);
		for (int i = 0; i < 20; i++) {
			request("public" + i, "Parler en public", "Le public me fait peur, parler en public, le public.");
		}
		this.index.refresh();
		List<Suggestion> after = this.matcher.suggest("Parler en public", "J'ai le trac devant un jury.", 5, offers);
		assertThat(before).isNotEmpty();
		assertThat(after).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
	}

	@Test
	void shouldFindIndirectNeedsFromTheOfferSide() {
		assertThat(reverse("Prendre la parole en public", "Poser sa voix, gérer le trac, structurer son discours."))
			.contains("jury");
	}

	@Test
	void shouldSuggestNoRequestThatNothingInTheOfferAnswers() {
		assertThat(reverse("Cuisine de tous les jours", "Des plats simples et pas chers.")).isEmpty();
	}

	@Test
	void shouldNeverReturnOffersWhenAskedForRequests() {
		assertThat(reverse("Prendre la parole en public", "Poser sa voix, structurer son discours."))
			.doesNotContain("parole");
	}

	@Test
	void shouldScoreAPairAlikeInBothDirectionsWhenItIsTheOnlyCandidate() {
		String title = "Réparation de vélos";
		String description = "Je vous apprends à réparer une crevaison, régler les freins.";
		this.index.upsert("offer", title, description, null, Map.of("direction", "OFFER"));
		this.index.refresh();
		double reverse = this.matcher
			.reverse(title, description, 10, REQUESTS.excludeIds(java.util.Set.of("tricot", "anglais", "jury")))
			.get(0)
			.score();
		double forward = this.matcher
			.suggest("Mon vélo est crevé", "Je voudrais savoir réparer mon vélo.", 10,
					CandidateFilter.all().require("direction", "OFFER").excludeIds(java.util.Set.of("parole")))
			.get(0)
			.score();
		assertThat(reverse).isCloseTo(forward, within(0.02));
	}

	@Test
	void shouldScoreRequestsAlikeOnOneSnapshotAndSeeTheirNewTextAfterAWrite() {
		String title = "Tricot pour débutants";
		String description = "Monter les mailles, l'endroit et l'envers.";
		List<Suggestion> first = this.matcher.reverse(title, description, 10, REQUESTS);
		List<Suggestion> again = this.matcher.reverse(title, description, 10, REQUESTS);
		assertThat(again).isEqualTo(first);
		assertThat(first).extracting(Suggestion::id).contains("tricot");
		request("tricot", "Apprendre la guitare", "J'aimerais jouer de la guitare.");
		this.index.refresh();
		assertThat(reverse(title, description)).doesNotContain("tricot");
	}

	private List<String> reverse(String title, String description) {
		return this.matcher.reverse(title, description, 10, REQUESTS).stream().map(Suggestion::id).toList();
	}

}
