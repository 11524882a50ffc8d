package org.reciproque.platform.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link FrenchStemExceptions#LEMMAS} from LanguageTool's French dictionary
 * ({@code org.languagetool:french-pos-dict}, a Morfologik dictionary of word forms with
 * their lemma, part of speech and frequency class). Keeps the forms, without accents,
 * that:
 * <ul>
 * <li>have a single lemma, whatever their part of speech: {@code lit} (a bed, or he
 * reads) and {@code cours} (a lesson, or you run) are left to the stemmer; proper nouns
 * aside ({@code sers} is servir's, whatever the town);</li>
 * <li>are not rare (frequency class {@value #MIN_FREQUENCY} or more, from A to Z);</li>
 * <li>are one word that the analysis keeps (not a stop word), as is their lemma;</li>
 * <li>are given another stem than their lemma's by the analysis with the hand-made
 * exceptions only.</li>
 * </ul>
 * Each is listed with the stem of its lemma. Run from the test class path:
 * {@code FrenchLemmaExport <output>}; {@code FrenchLemmasTests} checks that the shipped
 * file is what this writes.
 */
final class FrenchLemmaExport {

	/**
	 * Frequency classes run from A (rarest) to Z; the dictionary puts it last in a tag.
	 */
	static final char MIN_FREQUENCY = 'C';

	static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";

	private static final String POM_PROPERTIES = "/META-INF/maven/org.languagetool/french-pos-dict/pom.properties";

	private static final String HEADER = """
			# Formes fléchies du français et racine de leur lemme (écrivons, écrit → écrire ; lu → lire ;
			# travaux → travail), pour que la racinisation légère ne sépare pas un mot de sa famille.
			# Dérivé du dictionnaire français de LanguageTool (org.languagetool:french-pos-dict %s, Maven
			# Central ; https://github.com/languagetool-org/french-pos-dict), licence CC BY-SA 4.0
			# (https://creativecommons.org/licenses/by-sa/4.0/) ; ce fichier dérivé est sous la même licence.
			# Ne garde que les formes d'un seul lemme, noms propres à part (« lit », lit ou lire, reste à
			# la racinisation ; « sers », nom de lieu aussi, est de servir), de
			# fréquence %s ou plus (de A à Z), que l'analyse garde, et dont la racine diffère de celle du
			# lemme. La liste faite à la main (stem-exceptions-fr.txt) l'emporte.
			# Format : racine: forme forme… (sans accents). Fichier produit par FrenchLemmaExport
			# (src/test/java/org/reciproque/platform/text) : ne pas le modifier à la main.
			""";

	private FrenchLemmaExport() {
	}

	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
	}

	/**
	 * The file's lines, header first.
	 */
	static List<String> lines() throws IOException {
		Map<String, Set<String>> lemmas = new HashMap<>();
		Map<String, Character> frequencies = new HashMap<>();
		read((form, lemma, tag) -> {
			// a proper noun is written with its capital, which the analysis drops: "je
			// sers" means servir, not the town of Sers
			if (tag.length() > 0 && tag.charAt(0) != 'Z') {
				lemmas.computeIfAbsent(form, (key) -> new HashSet<>()).add(lemma);
				addFrequency(frequencies, form, tag);
			}
		});
		FrenchTextAnalysis analysis = new FrenchTextAnalysis(FrenchStopWords.defaults(),
				FrenchStemExceptions.handMade());
		Set<String> pinned = FrenchStemExceptions.handMade().stems().keySet();
		Map<String, Set<String>> byStem = new TreeMap<>();
		lemmas.forEach((form, readings) -> {
			if (readings.size() != 1 || frequencies.getOrDefault(form, 'A') < MIN_FREQUENCY || pinned.contains(form)
					|| !form.chars().allMatch((c) -> c >= 'a' && c <= 'z')) {
				return;
			}
			String lemma = readings.iterator().next();
			String formStem = onlyTerm(analysis, form);
			String lemmaStem = onlyTerm(analysis, lemma);
			if (formStem != null && lemmaStem != null && !formStem.equals(lemmaStem)) {
				byStem.computeIfAbsent(lemmaStem, (key) -> new TreeSet<>()).add(form);
			}
		});
		List<String> lines = new ArrayList<>(HEADER.formatted(version(), MIN_FREQUENCY).lines().toList());
		byStem.forEach((stem, forms) -> lines.add(stem + ": " + String.join(" ", forms)));
		return lines;
	}

	/**
	 * The forms of common words (proper nouns, tagged Z, aside) of frequency class
	 * {@code minFrequency} or more, lower case and without accents.
	 */
	static Set<String> forms(char minFrequency) throws IOException {
		Map<String, Character> frequencies = new HashMap<>();
		read((form, lemma, tag) -> {
			if (tag.length() > 0 && tag.charAt(0) != 'Z') {
				addFrequency(frequencies, form, tag);
			}
		});
		Set<String> forms = new HashSet<>();
		frequencies.forEach((form, frequency) -> {
			if (frequency >= minFrequency) {
				forms.add(form);
			}
		});
		return forms;
	}

	/**
	 * Keeps the highest frequency class of a form's readings (a tag's last letter).
	 */
	static void addFrequency(Map<String, Character> frequencies, String form, CharSequence tag) {
		if (tag.length() > 0) {
			frequencies.merge(form, tag.charAt(tag.length() - 1), (a, b) -> (char) Math.max(a, b));
		}
	}

	/**
	 * Passes each entry of the dictionary, form and lemma lower case and without accents.
	 */
	static void read(Entries entries) throws IOException {
		URL url = FrenchLemmaExport.class.getResource(DICTIONARY);
		if (url == null) {
			throw new IllegalStateException("Missing " + DICTIONARY + ": is french-pos-dict on the class path?");
		}
		Dictionary dictionary = Dictionary.read(url);
		DictionaryIterator all = new DictionaryIterator(dictionary, dictionary.metadata.getDecoder(), true);
		while (all.hasNext()) {
			WordData entry = all.next();
			entries.accept(FrenchSpelling.fold(entry.getWord().toString().toLowerCase(Locale.ROOT)),
					FrenchSpelling.fold(entry.getStem().toString().toLowerCase(Locale.ROOT)), entry.getTag());
		}
	}

	interface Entries {

		void accept(String form, String lemma, CharSequence tag);

	}

	/** The dictionary's version, from its artifact's Maven properties. */
	private static String version() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FrenchLemmaExport.class.getResourceAsStream(POM_PROPERTIES)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + POM_PROPERTIES);
			}
			properties.load(in);
		}
		return properties.getProperty("version");
	}

	/**
	 * The one term the analysis makes of a word, or null (a stop word, several words).
	 */
	static @Nullable String onlyTerm(FrenchTextAnalysis analysis, String word) {
		List<FrenchTextAnalysis.Token> tokens = analysis.tokens(word);
		return (tokens.size() == 1) ? tokens.get(0).term() : null;
	}

}
