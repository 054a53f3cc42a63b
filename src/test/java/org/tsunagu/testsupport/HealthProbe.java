package org.tsunagu.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Polls an {@link ApplicationProcess}'s readiness until UP, the deadline or the process's end. */
final class HealthProbe {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	static void awaitUp(ApplicationProcess app, Instant deadline) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!app.isAlive()) {
				throw new IllegalStateException("Process " + app.name() + " ended during start (exit "
						+ app.exitCode() + "):\n" + app.logTail(60));
			}
			try {
				HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			catch (InterruptedException exception) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(exception);
			}
			sleep(250);
		}
		app.close();
		throw new IllegalStateException("Process " + app.name() + " not healthy within the start timeout:\n"
				+ app.logTail(60));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(exception);
		}
	}
}
