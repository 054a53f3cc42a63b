package org.tsunagu.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Clients that write through the API as fast as they can — a consultation with its topics, a case opened
 * from it (with its first timeline entry), a contact on the case — and remember each write the application
 * acknowledged (2xx with the new id), until the application stops answering.
 */
final class ApiWriters {

	static final String MARKER = "crash-";

	private static final String[] TOPICS = { "MEDICAL_CARE", "DAILY_LIFE", "SCHOOLING", "PUBLIC_SERVICES", "DISASTER",
			"TRANSITION", "FAMILY", "EMPLOYMENT" };

	/** Acknowledged consultation id → number of topics sent. */
	final Map<UUID, Integer> consultations = new ConcurrentHashMap<>();

	/** Acknowledged case id → its consultation. */
	final Map<UUID, UUID> cases = new ConcurrentHashMap<>();

	/** Acknowledged contact text → its case. */
	final Map<String, UUID> contacts = new ConcurrentHashMap<>();

	final AtomicInteger refused = new AtomicInteger();

	/** The last answer that was not a 201, to explain a run that acknowledged nothing. */
	volatile String lastRefusal = "";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String authorization = "Basic "
			+ Base64.getEncoder().encodeToString("consultant:tsunagu-demo-2025".getBytes(StandardCharsets.UTF_8));

	/** Writers against one running application; {@link Run#stop()} after the application was killed. */
	Run start(String baseUrl, int threads) {
		AtomicBoolean stopped = new AtomicBoolean();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread worker = new Thread(() -> writeUntilStopped(baseUrl, stopped), "crash-writer-" + i);
			worker.start();
			workers.add(worker);
		}
		return new Run(stopped, Collections.unmodifiableList(workers));
	}

	record Run(AtomicBoolean stopped, List<Thread> workers) {

		void stop() throws InterruptedException {
			stopped.set(true);
			for (Thread worker : workers) {
				worker.join(Duration.ofSeconds(30).toMillis());
			}
		}
	}

	private void writeUntilStopped(String baseUrl, AtomicBoolean stopped) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (!stopped.get()) {
			try {
				// Always the whole chain: the kill decides where a chain is cut off.
				UUID consultation = recordConsultation(baseUrl, random);
				UUID kase = consultation == null ? null : openCase(baseUrl, consultation);
				if (kase != null) {
					recordContact(baseUrl, kase);
				}
			}
			catch (IOException applicationGone) {
				pause();
			}
			catch (InterruptedException exception) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private @Nullable UUID recordConsultation(String baseUrl, ThreadLocalRandom random)
			throws IOException, InterruptedException {
		List<String> topics = new ArrayList<>(List.of(TOPICS));
		Collections.shuffle(topics, random);
		List<String> chosen = topics.subList(0, 1 + random.nextInt(3));
		String body = """
				{"receivedAt":"2026-04-01T09:30","channel":"PHONE","consulterType":"FAMILY","topics":[%s],
				 "content":"見本 花子さんの家族から（%s）","regionName":"佐久","childLink":"UNKNOWN"}"""
			.formatted(String.join(",", chosen.stream().map(topic -> "\"" + topic + "\"").toList()),
					MARKER + UUID.randomUUID());
		UUID id = created(post(baseUrl + "/api/v1/consultations", body));
		if (id != null) {
			consultations.put(id, chosen.size());
		}
		return id;
	}

	private @Nullable UUID openCase(String baseUrl, UUID consultation) throws IOException, InterruptedException {
		UUID id = created(post(baseUrl + "/api/v1/cases", "{\"consultationId\":\"" + consultation + "\"}"));
		if (id != null) {
			cases.put(id, consultation);
		}
		return id;
	}

	private void recordContact(String baseUrl, UUID kase) throws IOException, InterruptedException {
		String content = MARKER + "contact-" + UUID.randomUUID();
		String body = """
				{"occurredOn":"2026-04-02","channel":"PHONE","counterpart":"試験 太郎","content":"%s"}"""
			.formatted(content);
		HttpResponse<String> response = post(baseUrl + "/api/v1/cases/" + kase + "/contacts", body);
		if (response.statusCode() == 200) {
			contacts.put(content, kase);
		}
		else {
			refused.incrementAndGet();
			lastRefusal = response.statusCode() + " " + response.body();
		}
	}

	private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(20))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The id at the end of the Location of a 201, or null (and counted) for any other answer. */
	private @Nullable UUID created(HttpResponse<String> response) {
		if (response.statusCode() != 201) {
			refused.incrementAndGet();
			lastRefusal = response.statusCode() + " " + response.body();
			return null;
		}
		String location = response.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
		}
	}
}
