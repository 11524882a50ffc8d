package org.reciproque.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.FileSystemUtils;

/**
 * The data sets the benchmarks run on, made by the application's own data generator and
 * kept under {@code target/bench} between runs (a marker file records the settings they
 * were made with; other settings make them again).
 *
 * @param name the data set's name
 * @param dir its data directory
 * @param generatorOutput what the generator printed when it made it
 */
record BenchData(String name, Path dir, String generatorOutput) {

	/** One network of 500 members and 2,000 items, all active, board public. */
	static final List<String> BOARD = List.of("--reciproque.generator.networks=1", "--reciproque.generator.members=500",
			"--reciproque.generator.items-per-member=4", "--reciproque.generator.inactive-percent=0",
			"--reciproque.generator.board-public=true");

	/** 200 networks of 50 members, 10 items per member: 100,000 items. */
	static final List<String> SEARCH = List.of("--reciproque.generator.networks=200",
			"--reciproque.generator.members=50", "--reciproque.generator.items-per-member=10");

	private static final Pattern BOARD_ADDRESS = Pattern.compile("/networks/([a-z0-9-]+)/board");

	private static final Pattern INDEX_TIME = Pattern.compile("search index rebuilt in ([0-9.]+) s");

	private static final Pattern WRITE_TIME = Pattern.compile("rows written in ([0-9.]+) s");

	static BenchData prepare(BenchSettings settings, String name, List<String> generatorArguments) throws Exception {
		Path dir = settings.workDir().resolve("data-" + name).toAbsolutePath();
		Path marker = dir.resolve("generated.txt");
		String key = String.join(" ", generatorArguments);
		if (Files.exists(marker) && Files.readString(marker).startsWith(key + "\n")) {
			return new BenchData(name, dir, Files.readString(marker));
		}
		FileSystemUtils.deleteRecursively(dir);
		Files.createDirectories(dir);
		System.out.println("[bench] generating data set '" + name + "': " + key);
		String output = AppProcess.generate(settings, dir, "data-" + name, generatorArguments);
		Files.writeString(marker, key + "\n" + output);
		return new BenchData(name, dir, key + "\n" + output);
	}

	/**
	 * The first generated network's slug, as the generator prints it with its board's
	 * address.
	 */
	String slug() {
		Matcher matcher = BOARD_ADDRESS.matcher(this.generatorOutput);
		if (!matcher.find()) {
			throw new IllegalStateException("No network in the generator's output:\n" + this.generatorOutput);
		}
		return matcher.group(1);
	}

	double indexSeconds() {
		return seconds(INDEX_TIME, this.generatorOutput);
	}

	double writeSeconds() {
		return seconds(WRITE_TIME, this.generatorOutput);
	}

	static double seconds(Pattern pattern, String output) {
		Matcher matcher = pattern.matcher(output);
		double seconds = Double.NaN;
		while (matcher.find()) {
			seconds = Double.parseDouble(matcher.group(1));
		}
		return seconds;
	}

	static double indexSeconds(String output) {
		return seconds(INDEX_TIME, output);
	}

}
