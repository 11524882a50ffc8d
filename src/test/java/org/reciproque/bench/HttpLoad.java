package org.reciproque.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load: a fixed number of clients, each sending its next request as soon as
 * the previous answer is fully read, for a bounded time and a bounded number of requests.
 * Latency is measured per request from sending to the last byte received.
 */
final class HttpLoad {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client;

	private final int clients;

	HttpLoad(HttpClient client, int clients) {
		this.client = client;
		this.clients = clients;
	}

	static HttpClient newClient() {
		// HTTP/1.1 with keep-alive, as browsers talk to a server behind no proxy; one
		// client shares one selector thread among all simulated clients.
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Result run(Duration duration, int maxRequests, RequestSource source) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(this.clients);
		try {
			AtomicInteger remaining = new AtomicInteger(maxRequests);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ClientResult>> futures = new ArrayList<>();
			for (int i = 0; i < this.clients; i++) {
				int clientIndex = i;
				futures.add(executor.submit(() -> {
					start.await();
					return loop(clientIndex, duration, remaining, source);
				}));
			}
			long begin = System.nanoTime();
			start.countDown();
			List<ClientResult> results = new ArrayList<>();
			for (Future<ClientResult> future : futures) {
				results.add(future.get());
			}
			return Result.of(results, System.nanoTime() - begin);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private ClientResult loop(int clientIndex, Duration duration, AtomicInteger remaining, RequestSource source) {
		SplittableRandom random = new SplittableRandom(31L * clientIndex + 7);
		ClientResult result = new ClientResult();
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
			Labeled next = source.next(clientIndex, random);
			HttpRequest request = HttpRequest.newBuilder(next.request(), (name, value) -> true)
				.timeout(REQUEST_TIMEOUT)
				.build();
			long sent = System.nanoTime();
			try {
				HttpResponse<InputStream> response = this.client.send(request,
						HttpResponse.BodyHandlers.ofInputStream());
				long bytes;
				try (InputStream body = response.body()) {
					bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
				}
				long latency = System.nanoTime() - sent;
				if (response.statusCode() == 200) {
					result.record(next.label(), latency, bytes);
				}
				else {
					result.errors++;
					result.lastError = "HTTP " + response.statusCode() + " for " + request.uri();
				}
			}
			catch (IOException ex) {
				result.errors++;
				result.lastError = ex.toString();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return result;
	}

	/**
	 * Gives each client its next request.
	 */
	interface RequestSource {

		Labeled next(int client, SplittableRandom random);

	}

	/**
	 * A request and the label its latency is reported under.
	 *
	 * @param label the label
	 * @param request the request
	 */
	record Labeled(String label, HttpRequest request) {
	}

	/**
	 * What one measured phase gave.
	 *
	 * @param latencies nanoseconds per successful request, by label
	 * @param bytes response bytes by label
	 * @param errors failed requests
	 * @param lastError the last failure, if any
	 * @param wallNanos duration of the phase
	 */
	record Result(Map<String, long[]> latencies, Map<String, Long> bytes, int errors, String lastError,
			long wallNanos) {

		static Result of(List<ClientResult> clients, long wallNanos) {
			Map<String, long[]> latencies = new HashMap<>();
			Map<String, Long> bytes = new HashMap<>();
			int errors = 0;
			String lastError = "";
			for (ClientResult client : clients) {
				client.latencies.forEach((label, values) -> latencies.merge(label, values.toArray(), Result::concat));
				client.bytes.forEach((label, count) -> bytes.merge(label, count, Long::sum));
				errors += client.errors;
				if (client.lastError != null) {
					lastError = client.lastError;
				}
			}
			return new Result(latencies, bytes, errors, lastError, wallNanos);
		}

		long[] all() {
			return this.latencies.values().stream().reduce(new long[0], Result::concat);
		}

		LatencySummary summary() {
			return LatencySummary.of(all(), this.wallNanos);
		}

		LatencySummary summary(String label) {
			return LatencySummary.of(this.latencies.getOrDefault(label, new long[0]), this.wallNanos);
		}

		long averageBytes(String label) {
			long[] values = this.latencies.getOrDefault(label, new long[0]);
			return (values.length == 0) ? 0 : this.bytes.getOrDefault(label, 0L) / values.length;
		}

		private static long[] concat(long[] a, long[] b) {
			long[] result = Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, result, a.length, b.length);
			return result;
		}

	}

	private static final class ClientResult {

		private final Map<String, Longs> latencies = new HashMap<>();

		private final Map<String, Long> bytes = new HashMap<>();

		private int errors;

		private String lastError;

		void record(String label, long latency, long size) {
			this.latencies.computeIfAbsent(label, (key) -> new Longs()).add(latency);
			this.bytes.merge(label, size, Long::sum);
		}

	}

	/**
	 * A growable array of longs, without boxing every latency.
	 */
	private static final class Longs {

		private long[] values = new long[1024];

		private int size;

		void add(long value) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = value;
		}

		long[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
