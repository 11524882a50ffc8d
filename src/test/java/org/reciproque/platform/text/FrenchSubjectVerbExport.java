package org.reciproque.platform.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@link FrenchSubjectVerbs#RESOURCE} from LanguageTool's French dictionary (see
 * {@link FrenchLemmaExport}). Keeps the forms, without accents, that:
 * <ul>
 * <li>are a finite form (indicative, subjunctive, conditional) of exactly one verb:
 * {@code vis} (vivre or voir) and {@code suis} (être or suivre) are left alone;</li>
 * <li>are also a noun or an adjective of another lemma ({@code bois},
 * {@code cours});</li>
 * <li>are not rare (frequency class {@value FrenchLemmaExport#MIN_FREQUENCY} or
 * more);</li>
 * <li>are given another stem than the verb's by the analysis (a {@code marche} and "je
 * marche" already meet).</li>
 * </ul>
 * Run from the test class path: {@code FrenchSubjectVerbExport <output>};
 * {@code FrenchSubjectVerbsTests} checks that the shipped file is what this writes.
 */
final class FrenchSubjectVerbExport {

	private static final String HEADER = """
			# Formes à la fois nom (ou adjectif) et forme conjuguée d'un autre verbe (bois : boire ;
			# cours : courir ; lit : lire), lues comme le verbe après un pronom sujet (« je bois »,
			# « je ne bois plus », « je m'en sers ») ; ailleurs elles restent à la racinisation.
			# Dérivé du dictionnaire français de LanguageTool (org.languagetool:french-pos-dict, Maven
			# Central ; https://github.com/languagetool-org/french-pos-dict), licence CC BY-SA 4.0
			# (https://creativecommons.org/licenses/by-sa/4.0/) ; ce fichier dérivé est sous la même licence.
			# Ne garde que les formes d'un seul verbe (« vis », vivre ou voir, reste à part), de fréquence
			# %s ou plus (de A à Z), dont la racine diffère de celle du verbe.
			# Format : infinitif: forme forme… (sans accents). Fichier produit par FrenchSubjectVerbExport
			# (src/test/java/org/reciproque/platform/text) : ne pas le modifier à la main.
			""";

	private FrenchSubjectVerbExport() {
	}

	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
	}

	/**
	 * The file's lines, header first.
	 */
	static List<String> lines() throws IOException {
		Map<String, Set<String>> verbs = new HashMap<>();
		Map<String, Set<String>> others = new HashMap<>();
		Map<String, Character> frequencies = new HashMap<>();
		FrenchLemmaExport.read((form, lemma, tag) -> {
			String reading = tag.toString();
			if (reading.startsWith("V")) {
				if (reading.contains(" ind ") || reading.contains(" sub ") || reading.contains(" cond ")) {
					verbs.computeIfAbsent(form, (key) -> new HashSet<>()).add(lemma);
					// how common the verb form is, not the noun
					FrenchLemmaExport.addFrequency(frequencies, form, reading);
				}
			}
			else if (reading.startsWith("N") || reading.startsWith("J")) {
				others.computeIfAbsent(form, (key) -> new HashSet<>()).add(lemma);
			}
		});
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		Map<String, Set<String>> byVerb = new TreeMap<>();
		verbs.forEach((form, lemmas) -> {
			Set<String> nouns = others.getOrDefault(form, Set.of());
			if (lemmas.size() != 1 || frequencies.getOrDefault(form, 'A') < FrenchLemmaExport.MIN_FREQUENCY
					|| !form.chars().allMatch((c) -> c >= 'a' && c <= 'z')) {
				return;
			}
			String verb = lemmas.iterator().next();
			if (nouns.stream().noneMatch((noun) -> !noun.equals(verb))) {
				return;
			}
			String formStem = FrenchLemmaExport.onlyTerm(analysis, form);
			String verbStem = FrenchLemmaExport.onlyTerm(analysis, verb);
			if (formStem != null && verbStem != null && !formStem.equals(verbStem)) {
				byVerb.computeIfAbsent(verb, (key) -> new TreeSet<>()).add(form);
			}
		});
		List<String> lines = new ArrayList<>(HEADER.formatted(FrenchLemmaExport.MIN_FREQUENCY).lines().toList());
		byVerb.forEach((verb, forms) -> lines.add(verb + ": " + String.join(" ", forms)));
		return lines;
	}

}
