package org.reciproque.platform.text;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading the thesaurus: groups of equivalent words, one-way links, context groups.
 */
class ThesaurusTests {

	private static final FrenchTextAnalysis ANALYSIS = new FrenchTextAnalysis();

	@Test
	void shouldExpandEquivalentWordsBothWays() {
		Thesaurus thesaurus = Thesaurus.loadDefault(ANALYSIS);
		assertThat(thesaurus.expand(key("vélo"))).containsKey(key("bicyclette"));
		assertThat(thesaurus.expand(key("bicyclette"))).containsKey(key("vélo"));
		assertThat(thesaurus.expand(key("ordi")).get(key("ordinateur")))
			.extracting(Thesaurus.Expansion::relation, Thesaurus.Expansion::label)
			.containsExactly(Thesaurus.Relation.SYNONYM, "ordinateur");
	}

	@Test
	void shouldKeepTheWordsAsWritten() {
		Thesaurus thesaurus = Thesaurus.load(List.of("Tennis, raquette => badminton"), ANALYSIS);
		assertThat(thesaurus.expand(key("tennis")).get(key("badminton")))
			.extracting(Thesaurus.Expansion::label, Thesaurus.Expansion::source)
			.containsExactly("badminton", "Tennis");
		assertThat(thesaurus.isWord("tennis")).isTrue();
		assertThat(thesaurus.isWord("badminton")).isTrue();
		assertThat(thesaurus.isWord("tenir")).isFalse();
	}

	@Test
	void shouldFindEntriesWrittenOtherwise() {
		Thesaurus thesaurus = Thesaurus.loadDefault(ANALYSIS);
		assertThat(thesaurus.contains(key("Vélos"))).isTrue();
		assertThat(thesaurus.contains(key("l'ordi"))).isTrue();
		assertThat(thesaurus.contains(key("jardiner"))).isEqualTo(thesaurus.contains(key("jardinage")));
	}

	@Test
	void shouldLinkIndirectNeedsOneWay() {
		Thesaurus thesaurus = load("trac, stress => prise de parole");
		assertThat(thesaurus.expand(key("trac")).get(key("prise de parole")).relation())
			.isEqualTo(Thesaurus.Relation.RELATED);
		assertThat(thesaurus.expand(key("prise de parole"))).isEmpty();
		assertThat(thesaurus.maxPhraseLength()).isEqualTo(1);
	}

	@Test
	void shouldTranslateEnglishWordsOneWayAsEquivalents() {
		Thesaurus thesaurus = Thesaurus.load(List.of("vélo, bicyclette"), List.of("bike => vélo, bécane"), ANALYSIS);
		assertThat(thesaurus.expand(key("bike")).get(key("vélo")).relation()).isEqualTo(Thesaurus.Relation.TRANSLATION);
		assertThat(thesaurus.expand(key("vélo"))).containsOnlyKeys(key("bicyclette"));
		assertThat(thesaurus.isTopic(key("bike"))).isTrue();
		assertThat(thesaurus.isWord("bike")).isFalse();
		assertThat(thesaurus.isWord("velo")).isTrue();
	}

	@Test
	void shouldShipTranslationsOfEverydayEnglish() {
		Thesaurus thesaurus = Thesaurus.loadDefault(ANALYSIS);
		assertThat(thesaurus.expand(key("doctor"))).containsKey(key("médecin"));
		assertThat(thesaurus.expand(key("school"))).containsKey(key("école"));
		// English words that are French words are not translated: "pain" is bread here
		assertThat(thesaurus.expand(key("pain"))).doesNotContainKey(key("douleur"));
	}

	@Test
	void shouldNotMakeDistinctActivitiesEquivalent() {
		Thesaurus thesaurus = Thesaurus.loadDefault(ANALYSIS);
		// a general word meets each kind of it, the kinds do not meet each other
		assertThat(thesaurus.expand(key("violon"))).containsKey(key("instrument de musique"))
			.doesNotContainKey(key("saxophone"));
		assertThat(thesaurus.expand(key("jeux de cartes"))).containsKey(key("belote"));
		assertThat(thesaurus.expand(key("tarot"))).doesNotContainKey(key("poker"));
		assertThat(thesaurus.expand(key("tennis"))).doesNotContainKey(key("badminton"));
		assertThat(thesaurus.expand(key("taille de pierre"))).doesNotContainKey(key("modelage"));
		// homonyms: a boss is no sewing pattern, a computer keyboard no piano
		assertThat(thesaurus.expand(key("patron"))).doesNotContainKey(key("couture"));
		assertThat(thesaurus.expand(key("clavier"))).doesNotContainKey(key("piano"));
		assertThat(thesaurus.expand(key("licenciement"))).doesNotContainKey(key("démission"));
		assertThat(thesaurus.expand(key("orientation"))).doesNotContainKey(key("randonnée"));
		assertThat(thesaurus.expand(key("wifi"))).doesNotContainKey(key("réseau"));
		assertThat(thesaurus.expand(key("stage"))).doesNotContainKey(key("stagiaire"));
	}

	@Test
	void shouldLeadNamesMembersWriteToTheirDomain() {
		Thesaurus thesaurus = Thesaurus.loadDefault(ANALYSIS);
		assertThat(thesaurus.expand(key("minecraft"))).containsKey(key("jeux vidéo"));
		assertThat(thesaurus.expand(key("doctolib"))).isNotEmpty();
		assertThat(thesaurus.expand(key("microsoft teams"))).isNotEmpty();
		// a name that is also a common word is only listed as a phrase
		assertThat(thesaurus.expand(key("switch"))).doesNotContainKey(key("jeux vidéo"));
		assertThat(thesaurus.expand(key("nintendo switch"))).containsKey(key("jeux vidéo"));
		assertThat(thesaurus.expand(key("box orange"))).isNotEmpty();
		assertThat(thesaurus.expand(key("orange"))).doesNotContainKey(key("internet"));
	}

	@Test
	void shouldNotReadACommonWordAsARareNeed() {
		Thesaurus thesaurus = Thesaurus.loadDefault(ANALYSIS);
		// "j'ai peur de me tromper" is no stage fright, "rester chez soi" no leftovers
		assertThat(thesaurus.expand(key("peur"))).doesNotContainKey(key("prise de parole"));
		assertThat(thesaurus.expand(key("trac"))).containsKey(key("prise de parole"));
		assertThat(thesaurus.expand(key("rester"))).doesNotContainKey(key("anti-gaspi"));
		assertThat(thesaurus.expand(key("restes du repas"))).containsKey(key("anti-gaspi"));
		// a compound is an entry of its own, no longer dropped for shrinking to one word
		assertThat(thesaurus.expand(key("grand oral"))).containsKey(key("prise de parole"));
		assertThat(thesaurus.expand(key("oral"))).doesNotContainKey(key("grand oral"));
	}

	@Test
	void shouldPreferSynonymsToRelatedLinks() {
		Thesaurus thesaurus = load("couture => retouche", "couture, retouche");
		assertThat(thesaurus.expand(key("couture")).get(key("retouche")).relation())
			.isEqualTo(Thesaurus.Relation.SYNONYM);
	}

	@Test
	void shouldTellContextWordsFromTopics() {
		Thesaurus thesaurus = load("~ enfant, fils, fille", "japonais, japon", "# a comment", "", "prise de parole");
		assertThat(thesaurus.isTopic(key("enfant"))).isFalse();
		assertThat(thesaurus.contains(key("enfant"))).isTrue();
		assertThat(thesaurus.isTopic(key("japonais"))).isTrue();
		assertThat(thesaurus.maxPhraseLength()).isEqualTo(2);
		assertThat(thesaurus.singleWordKeys()).doesNotContain(key("prise de parole"));
	}

	@Test
	void shouldDropPhrasesThatShrinkToOneWord() {
		Thesaurus thesaurus = load("aide aux devoirs, soutien scolaire", "bien-être, pas cher");
		assertThat(thesaurus.contains(key("devoirs"))).isFalse();
		assertThat(thesaurus.contains(key("soutien scolaire"))).isTrue();
		// a compound read as one word is whole
		assertThat(thesaurus.contains(key("bien-être"))).isTrue();
		assertThat(thesaurus.contains(key("pas cher"))).isTrue();
		assertThat(thesaurus.contains(key("cher"))).isFalse();
	}

	@Test
	void shouldKnowWhichWordsStartAPhrase() {
		Thesaurus thesaurus = Thesaurus.load(List.of("prise de parole, parler en public", "vélo"), ANALYSIS);
		assertThat(thesaurus.maxPhraseLength()).isEqualTo(2);
		assertThat(thesaurus.startsPhrase(ANALYSIS.tokens("prise").get(0).term())).isTrue();
		assertThat(thesaurus.startsPhrase(ANALYSIS.tokens("parler").get(0).term())).isTrue();
		assertThat(thesaurus.startsPhrase(ANALYSIS.tokens("parole").get(0).term())).isFalse();
		assertThat(thesaurus.startsPhrase(ANALYSIS.tokens("vélo").get(0).term())).isFalse();
	}

	@Test
	void shouldLoadTheWholeDefaultThesaurus() {
		assertThat(Thesaurus.loadDefault(ANALYSIS).size()).isGreaterThan(1000);
		assertThat(Thesaurus.empty().size()).isZero();
	}

	private static Thesaurus load(String... lines) {
		return Thesaurus.load(List.of(lines), ANALYSIS);
	}

	private static String key(String text) {
		return ANALYSIS.tokens(text).stream().map(FrenchTextAnalysis.Token::term).collect(Collectors.joining(" "));
	}

}
