package org.reciproque.matching.internal.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reciproque.platform.text.FrenchTextAnalysis;
import org.reciproque.platform.text.FrenchWords;
import org.reciproque.platform.text.Thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The matcher on a handful of offers: other wordings, verb forms, typos, indirect needs,
 * scores and updates.
 */
class MatcherTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	private static final Thesaurus THESAURUS = Thesaurus.loadDefault(ANALYSIS);

	private MatchIndex index;

	private Matcher matcher;

	@BeforeEach
	void indexOffers() {
		this.index = new MatchIndex(new ByteBuffersDirectory(), ANALYSIS);
		this.index.upsert("velo", "Réparer sa bicyclette", "Changer une chambre à air, régler les freins.", null);
		this.index.upsert("tricot", "Tricot pour débutants", "Monter les mailles, l'endroit et l'envers.", null);
		this.index.upsert("parole", "Prendre la parole en public", "Poser sa voix, structurer son discours.", null);
		this.index.upsert("cuisine", "Cuisine de tous les jours", "Des plats simples et pas chers.", null);
		this.index.upsert("ordi", "Premiers pas sur ordinateur", "Souris, clavier, dossiers et fichiers.", null);
		this.index.upsert("jardin", "Jardinage au naturel", "Semis, paillage et compost.", "Nature et jardin");
		this.index.refresh();
		this.matcher = new Matcher(this.index, ANALYSIS, THESAURUS, MatcherSettings.defaults());
	}

	@AfterEach
	void closeIndex() throws IOException {
		this.index.close();
	}

	@Test
	void shouldFindOtherWordingThroughSynonyms() {
		assertThat(top("Mon vélo est crevé", "Je voudrais savoir réparer mon vélo.")).isEqualTo("velo");
		List<Suggestion> suggestions = this.matcher.suggest("Vélo", "réparer mon vélo", 5);
		assertThat(suggestions.get(0).reasons()).anyMatch((reason) -> reason.contains("≈"));
	}

	@Test
	void shouldMeetVerbFormsWithoutAccents() {
		assertThat(top("Apprendre a tricoter", "j'aimerais tricoter une echarpe")).isEqualTo("tricot");
		assertThat(top("jardiner", "")).isEqualTo("jardin");
	}

	@Test
	void shouldReachWordsOnlyTheGeneralThesaurusRelates() {
		// "horticulture" is in no offer, no category and not in the hand-written
		// thesaurus
		assertThat(THESAURUS.contains(ANALYSIS.tokens("horticulture").get(0).term())).isFalse();
		assertThat(top("Initiation à l'horticulture", "")).isEqualTo("jardin");
		Matcher withoutGeneral = new Matcher(this.index, ANALYSIS, THESAURUS,
				MatcherSettings.defaults().withGeneralWeight(0));
		assertThat(withoutGeneral.suggest("Initiation à l'horticulture", "", 5)).isEmpty();
	}

	@Test
	void shouldUnderstandARequestWrittenInEnglish() {
		assertThat(top("I want to knit", "My grandmother used to knit, I would like to learn it too."))
			.isEqualTo("tricot");
		assertThat(top("Help with my garden", "How do I start a garden with compost?")).isEqualTo("jardin");
	}

	@Test
	void shouldTolerateOneTypoInALongWord() {
		assertThat(top("Utiliser un ordinnateur", "je ne sais pas me servir d'un ordinnateur")).isEqualTo("ordi");
	}

	@Test
	void shouldNotTakeAFrenchWordForATypo() {
		this.index.upsert("expose", "Réussir un exposé", "Le plan, le support, le temps de parole.", null);
		this.index.refresh();
		// "explose" is one edit from "exposé" but is a word of its own
		Concept explose = this.matcher.concepts("La cocotte explose", null)
			.stream()
			.filter((concept) -> concept.surface.equals("explose"))
			.findFirst()
			.orElseThrow();
		assertThat(explose.alternatives.values()).extracting(Concept.Alternative::kind)
			.doesNotContain(Concept.Kind.FUZZY);
		// while a misspelt word still meets the word it stands for
		assertThat(top("Utiliser un ordinnateur", "")).isEqualTo("ordi");
	}

	@Test
	void shouldNotTakeForATypoAFrenchWordThatNoThesaurusLists() {
		this.index.upsert("seoul", "Découvrir Séoul", "Les quartiers, le métro, la langue coréenne.", null);
		this.index.refresh();
		// "semoule" is one edit from "Séoul"; only the dictionary of French words knows
		// it
		assertThat(THESAURUS.isWord("semoule")).isFalse();
		assertThat(FrenchWords.loadDefault().contains("semoule")).isTrue();
		assertThat(this.matcher.concepts("Cuire la semoule", null)
			.stream()
			.filter((concept) -> concept.surface.equals("semoule"))
			.flatMap((concept) -> concept.alternatives.values().stream())
			.map(Concept.Alternative::kind)).doesNotContain(Concept.Kind.FUZZY);
		assertThat(this.matcher.suggest("Cuire la semoule", "", 5)).extracting(Suggestion::id).doesNotContain("seoul");
	}

	@Test
	void shouldReadSetPhrasesOfTimeAndMannerAsFillers() {
		assertThat(surfaces("Mon ordinateur plante tout le temps",
				"Du coup, tout le monde me dit d’un coup de le réinstaller."))
			.contains("ordinateur", "plante", "réinstaller")
			.doesNotContain("temps", "coup", "monde");
		// the same nouns elsewhere are what is asked
		assertThat(surfaces("Je n'ai jamais le temps", "Un coup de pinceau pour le monde entier")).contains("temps",
				"coup", "monde");
		assertThat(surfaces(null, "En même temps")).isEmpty();
	}

	private List<String> surfaces(String title, String description) {
		return this.matcher.concepts(title, description).stream().map((concept) -> concept.surface).toList();
	}

	@Test
	void shouldNotLetNumbersAndDatesWeighLikeWhatIsAsked() {
		List<Concept> concepts = this.matcher.concepts("Tricot samedi 14 mars", "3 bonnets avant l'hiver, le soir");
		assertThat(concepts).filteredOn((concept) -> concept.incidental)
			.extracting((concept) -> concept.surface)
			.containsExactlyInAnyOrder("samedi", "14", "mars", "3", "hiver", "soir");
		assertThat(concepts).filteredOn((concept) -> !concept.incidental)
			.extracting((concept) -> concept.surface)
			.containsExactlyInAnyOrder("tricot", "bonnets");
		// nor lead anywhere: "le soir" is no "soirée dansante"
		assertThat(concepts).filteredOn((concept) -> concept.incidental)
			.allSatisfy((concept) -> assertThat(concept.alternatives).hasSize(1));
		double plain = coverage(this.matcher.scoreOffers("Tricot", "des bonnets", CandidateFilter.all()), "tricot");
		double dated = coverage(this.matcher.scoreOffers("Tricot samedi 14 mars", "3 bonnets avant l'hiver, le soir",
				CandidateFilter.all()), "tricot");
		assertThat(dated).isGreaterThan(0.6 * plain);
	}

	@Test
	void shouldLeadAnIndirectNeedToPublicSpeaking() {
		assertThat(top("Je panique devant un jury", "Je dois présenter mon projet et j'ai le trac."))
			.isEqualTo("parole");
	}

	@Test
	void shouldQuoteTheCandidatesOwnWords() {
		List<Suggestion> suggestions = this.matcher.suggest("Tricot", "", 5);
		assertThat(suggestions.get(0).reasons()).contains("mots en commun : tricot");
	}

	@Test
	void shouldScoreInUnitRangeBestFirstAndLimited() {
		List<Suggestion> suggestions = this.matcher.suggest("cuisine vélo tricot ordinateur", "", 2);
		assertThat(suggestions).hasSizeLessThanOrEqualTo(2)
			.allSatisfy((suggestion) -> assertThat(suggestion.score()).isBetween(0.0, 1.0));
		assertThat(suggestions).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void shouldSuggestNothingForAnUnrelatedRequest() {
		assertThat(this.matcher.suggest("Apprendre le japonais", "Je pars au Japon, je voudrais lire les kanji.", 5))
			.isEmpty();
	}

	@Test
	void shouldDecideOnTheBestOfferAndThenShowTheOnesCloseBehind() {
		String title = "Tricoter une écharpe";
		String description = "et cuisiner des plats simples le soir";
		List<Matcher.Scored> scored = this.matcher.scoreOffers(title, description, CandidateFilter.all());
		double tricot = coverage(scored, "tricot");
		double cuisine = coverage(scored, "cuisine");
		assertThat(tricot).isGreaterThan(cuisine);
		assertThat(cuisine).isPositive();
		double between = (tricot + cuisine) / 2;
		MatcherSettings gated = MatcherSettings.defaults().withThreshold(between);
		// the best reaches the threshold: the one behind it needs only the companion one
		assertThat(suggest(gated.withCompanionThreshold(cuisine), title, description)).containsExactly("tricot",
				"cuisine");
		assertThat(suggest(gated.withCompanionThreshold(between), title, description)).containsExactly("tricot");
		// the best misses it: nothing, however low the companion threshold
		assertThat(suggest(gated.withThreshold(tricot + 0.01).withCompanionThreshold(0), title, description)).isEmpty();
	}

	@Test
	void shouldNotLetAnOfferAnswerWhenTheRequestMissesItsTitle() {
		this.index.upsert("formation", "Utiliser son compte formation",
				"Naviguer sur le site, choisir une formation, naviguer entre les pages.", null);
		this.index.refresh();
		String title = "Naviguer";
		String description = "naviguer sur un lac";
		double coverage = coverage(this.matcher.scoreOffers(title, description, CandidateFilter.all()), "formation");
		// enough coverage from its description alone, but nothing of what it offers
		assertThat(MatcherSettings.defaults().accepts(coverage)).isTrue();
		assertThat(this.matcher.suggest(title, description, 5)).isEmpty();
		this.index.upsert("formation", "Naviguer sur internet", "Choisir une formation, naviguer entre les pages.",
				null);
		this.index.refresh();
		assertThat(top(title, description)).isEqualTo("formation");
	}

	@Test
	void shouldNotMeetAPhraseTopicWithOneOfItsWordsNorWithAWeakLink() {
		this.index.upsert("reunion", "Animer une réunion", "Le tour de table, l'ordre du jour, les décisions.", null);
		this.index.upsert("ancien", "Vélocipèdes anciens", "Collection et restauration.", null);
		this.index.refresh();
		Matcher topicBlind = new Matcher(this.index, ANALYSIS, THESAURUS,
				MatcherSettings.defaults().withOffTopicFactor(1.0));
		double factor = MatcherSettings.defaults().offTopicFactor();
		assertThat(coverage(topicBlind.scoreOffers("Tours de magie", "", CandidateFilter.all()), "reunion"))
			.isPositive();
		assertThat(coverage(topicBlind.scoreOffers("Mon vélo", "", CandidateFilter.all()), "ancien")).isPositive();
		// "tour" alone is not "tours de magie"
		assertThat(coverage(this.matcher.scoreOffers("Tours de magie", "", CandidateFilter.all()), "reunion"))
			.isCloseTo(
					factor * coverage(topicBlind.scoreOffers("Tours de magie", "", CandidateFilter.all()), "reunion"),
					within(1e-9));
		// the general thesaurus relates "vélo" and "vélocipède", too loosely to meet the
		// topic
		assertThat(coverage(this.matcher.scoreOffers("Mon vélo", "", CandidateFilter.all()), "ancien")).isCloseTo(
				factor * coverage(topicBlind.scoreOffers("Mon vélo", "", CandidateFilter.all()), "ancien"),
				within(1e-9));
	}

	@Test
	void shouldNotMeetAnotherWordTheStemmerMerges() {
		this.index.upsert("pingpong", "Tennis de table", "En club, le mardi soir.", null);
		this.index.refresh();
		// "tenir" and "tennis" have the same stem once the doubled n is dropped
		assertThat(this.matcher.suggest("Tenir", "tenir debout", 5)).extracting(Suggestion::id)
			.doesNotContain("pingpong");
		assertThat(top("Le tennis", "jouer au tennis")).isEqualTo("pingpong");
		// nor the thesaurus entry of the other word
		assertThat(this.matcher.concepts("Le tennis", null).get(0).alternatives).containsKey("sport raquet");
		assertThat(this.matcher.concepts("Tenir", null).get(0).alternatives).doesNotContainKey("sport raquet");
		// a misspelling still meets the word
		assertThat(top("Tricoter des mitaines", "en tricott")).isEqualTo("tricot");
	}

	@Test
	void shouldNotReadACommonWordAsTheRareSenseAThesaurusLineGivesIt() {
		// "première" is a class of the lycée, "premiers" mostly first; "ça marche" works;
		// "tout seul" is by oneself, not lonely
		assertThat(alternatives("Mes premiers pas")).doesNotContain("lyce");
		assertThat(alternatives("En classe de première")).contains("lyce");
		assertThat(alternatives("Ça marche pas")).doesNotContain("march nordiqu");
		assertThat(alternatives("Réparer mon vélo tout seul")).doesNotContain("solitud");
		assertThat(alternatives("Je me sens seule")).contains("solitud");
	}

	private List<String> alternatives(String title) {
		return this.matcher.concepts(title, null)
			.stream()
			.flatMap((concept) -> concept.alternatives.keySet().stream())
			.toList();
	}

	@Test
	void shouldTranslateAnEnglishWordOnlyAsWritten() {
		// "chinée" (chiner) and the English "chin" (menton) share the stem "chin"
		assertThat(this.matcher.concepts("Une commode chinée", null).get(1).alternatives).doesNotContainKey("menton");
		assertThat(this.matcher.concepts("My chin", null).get(0).alternatives).containsKey("menton");
		assertThat(this.matcher.concepts("Gardens", null).get(0).alternatives).containsKey("jardin");
		assertThat(ConceptExtractor.isEnglishForm("hobbies", "hobby")).isTrue();
		assertThat(ConceptExtractor.isEnglishForm("chinée", "chin")).isFalse();
	}

	@Test
	void shouldTellATitlesNeedFromWhatItIsFor() {
		this.index.upsert("entretien", "Préparer un entretien d'embauche", "Les questions du recruteur.", null);
		this.index.upsert("maquillage", "Maquillage de tous les jours", "Un teint frais en cinq minutes.", null);
		this.index.refresh();
		// the need comes first, "pour ..." says what it is for
		assertThat(top("Tricoter une écharpe pour mon entretien d'embauche", "")).isEqualTo("tricot");
		assertThat(top("Maquillage léger pour un entretien d'embauche", "pour un entretien d'embauche"))
			.isEqualTo("maquillage");
		List<Concept> concepts = this.matcher.concepts("Maquillage léger pour un entretien", null);
		assertThat(concepts).filteredOn((concept) -> concept.purpose)
			.extracting((concept) -> concept.surface)
			.containsExactly("entretien");
		// a title whose head is no topic is about its complement
		assertThat(this.matcher.concepts("Des idées pour un entretien", null)).noneMatch((concept) -> concept.purpose);
	}

	@Test
	void shouldHoldEachRequestToTheThresholdWhenAnOfferAsks() {
		MatcherSettings strict = MatcherSettings.defaults().withCompanionThreshold(0);
		Matcher reverse = new Matcher(this.index, ANALYSIS, THESAURUS, strict);
		this.index.upsert("demande-tricot", "Tricoter une écharpe", "pour l'hiver", null);
		this.index.upsert("demande-floue", "Un peu de tout", "tricot, vélo, cuisine, jardin, ordinateur, parole", null);
		this.index.refresh();
		List<Matcher.Scored> scored = reverse.scoreRequests("Tricot pour débutants", "Monter les mailles.",
				CandidateFilter.all());
		List<String> shown = reverse.reverse("Tricot pour débutants", "Monter les mailles.", 10, CandidateFilter.all())
			.stream()
			.map(Suggestion::id)
			.toList();
		assertThat(scored).allSatisfy((candidate) -> assertThat(shown.contains(candidate.id()))
			.isEqualTo(strict.accepts(candidate.coverage()) && candidate.why().touchesCandidateTitle()));
		assertThat(shown).contains("demande-tricot");
	}

	@Test
	void shouldAnswerEveryKindOfTextTheDemoGeneratorWrites() {
		BenchTexts texts = BenchTexts.load();
		SplittableRandom random = new SplittableRandom(7);
		List<String[]> requests = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			boolean offer = i % 2 == 0;
			String[] text = texts.item(offer, "Bourg", random);
			this.index.upsert("item-" + i, text[0], text[1], null);
			if (!offer) {
				requests.add(text);
			}
		}
		this.index.refresh();
		// reading every request, scoring some of them both ways
		requests.forEach((request) -> assertThat(this.matcher.concepts(request[0], request[1])).isNotEmpty());
		int answered = 0;
		for (String[] request : requests.subList(0, 40)) {
			answered += this.matcher.suggest(request[0], request[1], 10).isEmpty() ? 0 : 1;
		}
		for (String[] offer : requests.subList(0, 5)) {
			this.matcher.reverse(offer[0], offer[1], 10, CandidateFilter.all());
		}
		assertThat(answered).isGreaterThan(20);
	}

	@Test
	void shouldSuggestNothingForAnEmptyRequest() {
		assertThat(this.matcher.suggest(null, "Bonjour, merci !", 5)).isEmpty();
	}

	@Test
	void shouldFollowIndexUpdates() {
		this.index.delete("velo");
		this.index.upsert("cuisine", "Pâtisserie", "Tartes et gâteaux.", null);
		this.index.refresh();
		assertThat(this.matcher.suggest("Vélo", "réparer ma bicyclette", 5)).extracting(Suggestion::id)
			.doesNotContain("velo");
		assertThat(this.index.ids()).containsExactlyInAnyOrder("tricot", "parole", "cuisine", "ordi", "jardin");
		assertThat(top("gâteau", "")).isEqualTo("cuisine");
	}

	@Test
	void shouldGroupThesaurusPhrasesIntoOneConcept() {
		List<Concept> concepts = this.matcher.concepts("La prise de parole", null);
		assertThat(concepts).hasSize(1);
		assertThat(concepts.get(0).inTitle).isTrue();
		assertThat(concepts.get(0).alternatives.values()).extracting(Concept.Alternative::kind)
			.contains(Concept.Kind.EXACT, Concept.Kind.SYNONYM, Concept.Kind.PART);
	}

	@Test
	void shouldNotLetALongerPhraseHideTheEntriesItContains() {
		Thesaurus thesaurus = Thesaurus.load(
				List.of("fiche de paie, bulletin de salaire", "lignes de la fiche de paie => cotisations sociales"),
				ANALYSIS);
		Matcher withPhrases = new Matcher(this.index, ANALYSIS, thesaurus, MatcherSettings.defaults());
		List<Concept> concepts = withPhrases.concepts("Les lignes de ma fiche de paie", null);
		assertThat(concepts).hasSize(1);
		Map<String, Concept.Kind> kinds = new HashMap<>();
		concepts.get(0).alternatives.values()
			.forEach((alternative) -> kinds.put(alternative.label(), alternative.kind()));
		assertThat(kinds).containsEntry("fiche paie", Concept.Kind.EXACT)
			.containsEntry("bulletin de salaire", Concept.Kind.SYNONYM)
			.containsEntry("cotisations sociales", Concept.Kind.RELATED);
	}

	@Test
	void shouldOrderWhatTheWordsCannotTellApartByMeaningWithoutChangingWhatIsSuggested() {
		byte[] query = { 100, 0, 0, 0 };
		this.index.upsert("near", "Tricot du soir", "Monter les mailles.", null, Map.of(), new byte[] { 90, 20, 0, 0 });
		this.index.upsert("far", "Tricot du soir", "Monter les mailles.", null, Map.of(), new byte[] { 0, 0, 100, 5 });
		this.index.refresh();
		List<Suggestion> blended = this.matcher.suggest("Tricot", "monter les mailles", query, 5,
				CandidateFilter.all());
		assertThat(blended).extracting(Suggestion::id).containsSubsequence("near", "far");
		assertThat(score(blended, "near")).isGreaterThan(score(blended, "far"));
		List<Suggestion> words = new Matcher(this.index, ANALYSIS, THESAURUS,
				MatcherSettings.defaults().withSemanticWeight(0))
			.suggest("Tricot", "monter les mailles", query, 5, CandidateFilter.all());
		assertThat(score(words, "near")).isEqualTo(score(words, "far"));
		assertThat(blended).extracting(Suggestion::id)
			.containsExactlyInAnyOrderElementsOf(words.stream().map(Suggestion::id).toList());
	}

	@Test
	void shouldSuggestAnOfferThatEverySignalPutsFirstThoughItCoversLittleOfALongRequest() throws IOException {
		try (MatchIndex vectors = new MatchIndex(new ByteBuffersDirectory(), ANALYSIS)) {
			vectors.upsert("velo", "Réparer sa bicyclette", "Changer une chambre à air, régler les freins.", null,
					Map.of(), new byte[] { 100, 10, 0, 0 });
			vectors.upsert("couture", "Couture à la main", "Ourlets, boutons, fermetures éclair.", null, Map.of(),
					new byte[] { 0, 100, 10, 0 });
			vectors.upsert("cuisine", "Cuisine de tous les jours", "Des plats simples et pas chers.", null, Map.of(),
					new byte[] { 0, 0, 100, 10 });
			vectors.refresh();
			Matcher words = new Matcher(vectors, ANALYSIS, THESAURUS, MatcherSettings.defaults());
			String title = "Mon fils entre au lycée en septembre";
			String description = "Il ira à vélo mais les freins sont à régler, et ses boutons lâchent.";
			// below the threshold, above the companion threshold, and first by BM25
			List<Matcher.Scored> scored = words.scoreOffers(title, description, CandidateFilter.all());
			assertThat(coverage(scored, "velo")).isBetween(0.12, 0.18);
			assertThat(scored.get(0).id()).isEqualTo("velo");
			byte[] nearBicycle = { 90, 20, 0, 0 };
			assertThat(words.suggest(title, description, nearBicycle, 5, CandidateFilter.all()))
				.extracting(Suggestion::id)
				.containsExactly("velo");
			// when meaning points elsewhere, the signals disagree: nothing is suggested
			byte[] nearSewing = { 10, 90, 20, 0 };
			assertThat(words.suggest(title, description, nearSewing, 5, CandidateFilter.all())).isEmpty();
			assertThat(words.suggest(title, description, 5)).isEmpty();
		}
	}

	@Test
	void shouldTellIDrinkFromWood() {
		this.index.upsert("bois", "Initiation au travail du bois", "Scier, raboter, assembler.", null);
		this.index.upsert("alcool", "Sortir de l'alcool", "J'ai arrêté de boire il y a dix ans, parlons-en.", null);
		this.index.refresh();
		assertThat(this.matcher.suggest("Je bois trop", "Je bois tous les soirs, j'aimerais arrêter.", 5))
			.extracting(Suggestion::id)
			.startsWith("alcool")
			.doesNotContain("bois");
		assertThat(top("Travailler le bois", "Fabriquer une étagère en bois.")).isEqualTo("bois");
	}

	private static double score(List<Suggestion> suggestions, String id) {
		return suggestions.stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow().score();
	}

	private List<String> suggest(MatcherSettings settings, String title, String description) {
		return new Matcher(this.index, ANALYSIS, THESAURUS, settings).suggest(title, description, 5)
			.stream()
			.map(Suggestion::id)
			.toList();
	}

	private static double coverage(List<Matcher.Scored> scored, String id) {
		return scored.stream().filter((s) -> s.id().equals(id)).findFirst().orElseThrow().coverage();
	}

	private String top(String title, String description) {
		List<Suggestion> suggestions = this.matcher.suggest(title, description, 5);
		assertThat(suggestions).as("suggestions for %s", title).isNotEmpty();
		return suggestions.get(0).id();
	}

}
