package org.reciproque.platform.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@link FrenchWords#RESOURCE} from LanguageTool's French dictionary: the forms of
 * its common words (proper nouns aside) of frequency class {@value #MIN_FREQUENCY} or
 * more, written with letters only once lower case and without accents. Run from the test
 * class path: {@code FrenchWordsExport <output>}; {@code FrenchWordsTests} checks that
 * the shipped file is what this writes.
 */
final class FrenchWordsExport {

	/**
	 * Frequency classes run from A (rarest) to Z: from D, the dictionary's words are
	 * those of everyday French ("semoule", "perceuse", "brocante"), without the rare
	 * forms that are more often a misspelling than meant ("interro", class A). Classes A,
	 * D and G give the same figures on the evaluation sets (BENCHMARKS.md, 2026-12-08).
	 */
	static final char MIN_FREQUENCY = 'D';

	private static final String HEADER = """
			# Formes des mots courants du français, en minuscules et sans accents : un mot bien écrit que
			# personne n'emploie encore n'est pas une faute de frappe. Dérivé du dictionnaire français de
			# LanguageTool (org.languagetool:french-pos-dict, Maven Central ;
			# https://github.com/languagetool-org/french-pos-dict), licence CC BY-SA 4.0
			# (https://creativecommons.org/licenses/by-sa/4.0/) ; ce fichier dérivé est sous la même licence.
			# Noms propres à part, formes de fréquence %s ou plus (de A à Z), lettres seulement.
			# Fichier produit par FrenchWordsExport (src/test/java/org/reciproque/platform/text) : ne pas
			# le modifier à la main.
			""";

	private FrenchWordsExport() {
	}

	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[0]), lines(), StandardCharsets.UTF_8);
	}

	/**
	 * The file's lines, header first, then the forms in order.
	 */
	static List<String> lines() throws IOException {
		List<String> lines = new ArrayList<>(HEADER.formatted(MIN_FREQUENCY).lines().toList());
		FrenchLemmaExport.forms(MIN_FREQUENCY)
			.stream()
			.filter((form) -> !form.isEmpty() && form.chars().allMatch((c) -> c >= 'a' && c <= 'z'))
			.sorted()
			.forEach(lines::add);
		return lines;
	}

}
