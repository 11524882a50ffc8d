package org.reciproque.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Writes {@link Thesaurus#TRANSLATIONS} from FreeDict's English-French dictionary in the
 * dictd format (Debian's {@code dict-freedict-eng-fra} installs it as
 * {@code /usr/share/dictd/freedict-eng-fra.dict.dz}; without installing it:
 * {@code apt-get download dict-freedict-eng-fra} and {@code dpkg-deb -x}). Keeps the
 * single English words of {@value #MIN_LENGTH} letters or more that the French analysis
 * keeps and whose analysis is not that of a common French word (in LanguageTool's French
 * dictionary, as in {@link FrenchLemmaExport}: "pain" is bread, "main" a hand, "tablet"
 * is analysed as "tablette"), each with at most {@value #MAX_TRANSLATIONS} translations
 * of up to three words from its first {@value #MAX_SENSES} senses. Run from the test
 * class path: {@code EnglishFrenchExport <freedict-eng-fra.dict.dz> <output>}.
 */
final class EnglishFrenchExport {

	static final int MIN_LENGTH = 3;

	static final int MAX_SENSES = 3;

	static final int MAX_TRANSLATIONS = 4;

	/**
	 * French words rarer than this (from A to Z) do not hide an English word: the French
	 * dictionary lists loanwords such as "house" or "french" that nobody means in French.
	 */
	static final char MIN_FRENCH_FREQUENCY = 'H';

	/** A headword line: the word, then its pronunciation between slashes. */
	private static final Pattern HEADWORD = Pattern.compile("^(.+?) /[^/]*/$");

	/** A sense line: its number, if there are several, then its translations. */
	private static final Pattern SENSE = Pattern.compile("^(?:\\d+\\. )?(.+)$");

	private static final String HEADER = """
			# Traductions de mots anglais, pour les membres qui écrivent en anglais (nouveaux arrivants).
			# Dérivé du dictionnaire anglais-français de FreeDict (freedict-eng-fra 0.1.6, paquet Debian
			# dict-freedict-eng-fra 2022.04.21-1, https://freedict.org), © FreeDict contributors, licence
			# GPL 2 ou ultérieure (https://www.gnu.org/licenses/old-licenses/gpl-2.0.html) ; ce fichier
			# dérivé est sous la même licence. Ne garde que les mots anglais simples qui ne sont pas des
			# mots français courants (« pain », « main », « course »), et au plus %d traductions de leurs
			# %d premiers sens. Format du thésaurus : mot anglais => traduction, traduction.
			# Fichier produit par EnglishFrenchExport (src/test/java/org/reciproque/platform/text) ;
			# retirer ici une ligne ou une traduction fautive suffit à couper un lien.
			""".formatted(MAX_TRANSLATIONS, MAX_SENSES);

	private EnglishFrenchExport() {
	}

	public static void main(String[] args) throws IOException {
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		Set<String> frenchStems = new HashSet<>();
		for (String form : FrenchLemmaExport.forms(MIN_FRENCH_FREQUENCY)) {
			analysis.tokens(form).forEach((token) -> frenchStems.add(token.term()));
		}
		Map<String, Set<String>> translations = new TreeMap<>();
		String headword = null;
		int senses = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new GZIPInputStream(Files.newInputStream(Path.of(args[0]))), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				Matcher head = HEADWORD.matcher(line.strip());
				if (head.matches()) {
					String word = head.group(1).strip();
					headword = isKept(word, analysis, frenchStems) ? word : null;
					senses = 0;
				}
				else if (headword != null && senses < MAX_SENSES) {
					Matcher sense = SENSE.matcher(line.strip());
					if (sense.matches()) {
						senses++;
						Set<String> kept = translations.computeIfAbsent(headword, (key) -> new LinkedHashSet<>());
						for (String translation : sense.group(1).split(",")) {
							String french = translation.strip();
							if (kept.size() < MAX_TRANSLATIONS && isTranslation(french)
									&& !FrenchSpelling.fold(french.toLowerCase(Locale.ROOT))
										.equals(headword.toLowerCase(Locale.ROOT))) {
								kept.add(french);
							}
						}
					}
				}
			}
		}
		List<String> out = new ArrayList<>();
		translations.forEach((english, french) -> {
			if (!french.isEmpty()) {
				out.add(english.toLowerCase(Locale.ROOT) + " => " + String.join(", ", french));
			}
		});
		Files.writeString(Path.of(args[1]), HEADER + String.join("\n", out) + "\n", StandardCharsets.UTF_8);
		System.out.printf("%d words written to %s%n", out.size(), args[1]);
	}

	/**
	 * Whether to translate an English headword: one word, in lower case or capitalised as
	 * English writes languages and nationalities ("French"), whose analysis is no common
	 * French word's ("tablet" is "tablette").
	 */
	private static boolean isKept(String word, FrenchTextAnalysis analysis, Set<String> frenchStems) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (word.length() < MIN_LENGTH || !lower.chars().allMatch((c) -> c >= 'a' && c <= 'z')
				|| !word.substring(1).equals(lower.substring(1))) {
			return false;
		}
		String stem = FrenchLemmaExport.onlyTerm(analysis, word);
		return stem != null && !frenchStems.contains(stem);
	}

	private static boolean isTranslation(String french) {
		return !french.isEmpty() && french.split("\\s+").length <= 3
				&& french.chars().allMatch((c) -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'');
	}

}
