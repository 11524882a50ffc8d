package org.reciproque.platform.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link GeneralThesaurus#RESOURCE} from a thesaurus in LibreOffice's MyThes
 * format ({@code mot|n}, then {@code n} lines {@code (Nom)|synonyme|synonyme…}; Debian's
 * {@code mythes-fr} installs the French one as {@code /usr/share/mythes/thes_fr.dat}).
 * Keeps single words only, the first {@value #PER_SENSE} of each sense, in order, and of
 * those the links that {@link GeneralThesaurus} keeps (mutual ones). Run from the test
 * class path: {@code GeneralThesaurusExport <thes_fr.dat> <output>}.
 */
final class GeneralThesaurusExport {

	static final int PER_SENSE = 10;

	private static final String HEADER = """
			# Thésaurus général du français, pour le rapprochement des offres et des demandes.
			# Dérivé du thésaurus français de LibreOffice (thes_fr.dat, paquet Debian mythes-fr 1:7.5.0-1),
			# © Kevin Hendricks, Frédéric Labbé, Laurent Godard — licence LGPL 2.1 ou ultérieure
			# (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html) ; ce fichier dérivé est sous la
			# même licence. Ne garde que les mots simples, les %d premiers synonymes de chaque sens, et
			# parmi eux les liens réciproques (chaque mot cite l'autre, après analyse) : un lien qui ne
			# vaut que pour un sens d'un mot est rarement cité en retour.
			# Format : mot|synonyme|synonyme… (sens mêlés, les premiers sens d'abord).
			# Fichier produit par GeneralThesaurusExport (src/test/java/org/reciproque/platform/text) ;
			# retirer ici une ligne ou un mot fautif suffit à couper un lien.
			""".formatted(PER_SENSE);

	private GeneralThesaurusExport() {
	}

	public static void main(String[] args) throws IOException {
		List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
		FrenchTextAnalysis analysis = new FrenchTextAnalysis();
		Map<String, String> stems = new HashMap<>();
		List<String> raw = new ArrayList<>();
		int i = 1; // the first line names the encoding
		while (i < lines.size()) {
			String[] head = lines.get(i++).split("\\|");
			int senses = (head.length == 2) ? Integer.parseInt(head[1].trim()) : 0;
			String word = head[0].strip();
			String key = GeneralThesaurus.stem(word, analysis, stems);
			Set<String> synonyms = new LinkedHashSet<>();
			for (int s = 0; s < senses && i < lines.size(); s++) {
				String[] sense = lines.get(i++).split("\\|");
				int kept = 0;
				for (int w = 1; w < sense.length && kept < PER_SENSE && key != null; w++) {
					String synonym = sense[w].strip();
					String stem = GeneralThesaurus.stem(synonym, analysis, stems);
					if (stem != null && !stem.equals(key)) {
						synonyms.add(synonym);
						kept++;
					}
				}
			}
			if (key != null && !synonyms.isEmpty()) {
				raw.add(word + "|" + String.join("|", synonyms));
			}
		}
		// keep only the links GeneralThesaurus would keep from these lines (mutual ones)
		GeneralThesaurus kept = GeneralThesaurus.load(raw, analysis, Integer.MAX_VALUE);
		List<String> out = new ArrayList<>();
		for (String line : raw) {
			String[] words = line.split("\\|");
			List<String> links = kept.synonyms(GeneralThesaurus.stem(words[0], analysis, stems));
			List<String> mutual = Arrays.stream(words, 1, words.length)
				.filter((synonym) -> links.contains(GeneralThesaurus.stem(synonym, analysis, stems)))
				.toList();
			if (!mutual.isEmpty()) {
				out.add(words[0] + "|" + String.join("|", mutual));
			}
		}
		out.sort(null);
		Files.writeString(Path.of(args[1]), HEADER + String.join("\n", out) + "\n", StandardCharsets.UTF_8);
		System.out.printf("%d words written to %s%n", out.size(), args[1]);
	}

}
