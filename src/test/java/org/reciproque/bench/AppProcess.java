package org.reciproque.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application under test, in its own JVM, started from the packaged jar exactly as it
 * is deployed: production configuration (file database, file index, template cache on),
 * its own heap and JIT, listening on loopback only.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/** The platform administrator every benchmark server starts with. */
	static final String ADMIN_EMAIL = "admin@bench.reciproque.test";

	static final String ADMIN_PASSWORD = "Banc-d-essai-reconstruction-2026";

	private final Process process;

	private final int port;

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the server on a free loopback port and waits until it is healthy.
	 */
	static AppProcess start(BenchSettings settings, Path dataDir, String name) throws Exception {
		int port = freePort();
		List<String> command = java(settings, name);
		command.addAll(List.of("-jar", settings.jar().toString(), "--reciproque.data-dir=" + dataDir,
				"--server.port=" + port, "--server.address=127.0.0.1", "--logging.level.root=warn",
				"--reciproque.admin.email=" + ADMIN_EMAIL, "--reciproque.admin.password=" + ADMIN_PASSWORD));
		command.addAll(settings.serverArgs());
		Path log = settings.workDir().resolve(name + "-server.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		AppProcess app = new AppProcess(process, port);
		app.awaitHealthy(log);
		return app;
	}

	/**
	 * Runs the data generator (or, with {@code networks=0}, only the index rebuild) in a
	 * JVM of its own and returns its output. It runs with a web server on a random port
	 * and quits when done, which works whether or not the application can start without a
	 * web server.
	 */
	static String generate(BenchSettings settings, Path dataDir, String name, List<String> generatorArguments)
			throws Exception {
		List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx1g", "-jar", settings.jar().toString(),
				"--reciproque.data-dir=" + dataDir, "--server.port=0", "--server.address=127.0.0.1",
				"--logging.level.root=warn", "--reciproque.generator.exit=true"));
		command.addAll(generatorArguments);
		Path log = settings.workDir().resolve(name + "-generator.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("Generator did not finish in 10 minutes, see " + log);
		}
		String output = Files.readString(log);
		if (process.exitValue() != 0 || !output.contains("== Data generator: done")) {
			throw new IllegalStateException("Generator failed (exit " + process.exitValue() + "), see " + log);
		}
		return output;
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	long pid() {
		return this.process.pid();
	}

	/**
	 * The processor time the server has used so far (all its threads): on a shared, noisy
	 * machine, processor time per request varies less than latency.
	 */
	Duration cpu() {
		return this.process.info().totalCpuDuration().orElse(Duration.ZERO);
	}

	private void awaitHealthy(Path log) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting, see " + log);
			}
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		close();
		throw new IllegalStateException("The application did not become healthy in " + START_TIMEOUT + ", see " + log);
	}

	@Override
	public void close() throws InterruptedException {
		// SIGTERM: Spring Boot closes the context (and the flight recording is dumped).
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static List<String> java(BenchSettings settings, String name) {
		List<String> command = new ArrayList<>();
		command.add(javaBin());
		command.addAll(settings.serverJvm());
		if (settings.jfr()) {
			command.add("-XX:StartFlightRecording=filename="
					+ settings.workDir().resolve(name + ".jfr").toAbsolutePath() + ",settings=profile");
		}
		return command;
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
