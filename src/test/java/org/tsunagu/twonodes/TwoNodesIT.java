package org.tsunagu.twonodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.ApplicationProcess;
import org.tsunagu.testsupport.ProcessTest;
import org.tsunagu.testsupport.ScratchDatabase;

/**
 * Two application processes on two ports against one PostgreSQL database, as docs/operations.md ("2台構成")
 * describes: a user logged in on one node is logged in on the other (sessions in the database), and a daily job
 * runs on one node only per tick (ShedLock). Runs in the PostgreSQL pass, on a scratch database of its own, with
 * the packaged application started without the demo profile (the first start creates the administrator).
 */
@ProcessTest
class TwoNodesIT {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password: (\\S+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String JOB_LINE = "overdue case notices";

	private static final int TICK_SECONDS = 10;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static @Nullable ScratchDatabase database;

	private static @Nullable ApplicationProcess nodeA;

	private static @Nullable ApplicationProcess nodeB;

	private static Instant bothRunning = Instant.MAX;

	@BeforeAll
	static void startTwoNodes() {
		database = ScratchDatabase.create("twonodes");
		// The first start creates the schema, reference data and administrator: one node alone, as the docs say.
		// Starting waits for readiness, which comes after the start-up runners (the administrator's password).
		nodeA = node(database, "twonodes-a").start();
		nodeB = node(database, "twonodes-b").start();
		bothRunning = Instant.now();
	}

	private static ApplicationProcess node(ScratchDatabase shared, String name) {
		return ApplicationProcess.on(shared, name)
			.withoutDemoProfile()
			// Each node keeps its own index on the heap (one index per node is what tsunagu.cluster.enabled refuses).
			.property("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap")
			// Outside the demo profile production sets its own key; the packaged jar does not read the test
			// resources, so the nodes get the demo's published key (both the same: they share the database).
			.property("tsunagu.identity.secret-key", "dHN1bmFndS1kZW1vLWtleS1ub3QtYS1zZWNyZXQtMDA=")
			.property("tsunagu.identity.mfa.enforced", "false")
			.property("spring.jmx.enabled", "false")
			.property("logging.level.root", "WARN")
			.property("logging.level.org.tsunagu", "INFO")
			// The daily overdue notice every ten seconds, its lock held eight: a tick taken by one node is
			// skipped by the other, whose scheduler fires at the same second (or a few later on a busy machine).
			.property("tsunagu.consultation.overdue-notice-cron", "*/" + TICK_SECONDS + " * * * * *")
			.property("tsunagu.scheduling.lock-at-least-for", "PT8S");
	}

	@AfterAll
	static void stopTwoNodes() {
		try {
			// Stopped as an operator would (SIGTERM, graceful shutdown); close() kills what is left.
			for (ApplicationProcess node : Stream.of(nodeA, nodeB).filter(Objects::nonNull).toList()) {
				try (node) {
					if (node.isAlive()) {
						node.stop();
					}
				}
			}
		}
		finally {
			if (database != null) {
				database.close();
			}
		}
	}

	@Test
	void aUserLoggedInOnOneNodeIsLoggedInOnTheOther() throws Exception {
		ApplicationProcess a = running(nodeA);
		ApplicationProcess b = running(nodeB);
		Matcher oneTime = ONE_TIME_PASSWORD.matcher(a.output());
		assertThat(oneTime.find()).isTrue();

		HttpResponse<String> loginPage = send(a, "/login", null, null);
		String cookie = sessionCookie(loginPage, null);
		HttpResponse<String> login = send(a, "/login", cookie,
				Map.of("username", "admin", "password", oneTime.group(1), "_csrf", csrf(loginPage)));
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		cookie = sessionCookie(login, cookie);

		assertThat(location(send(b, "/account/password", null, null))).as("node B without the cookie").contains("/login");
		HttpResponse<String> passwordPage = send(b, "/account/password", cookie, null);
		assertThat(passwordPage.statusCode()).as("node B knows the session made on node A").isEqualTo(200);

		// The CSRF token that node B put into the session is accepted by node A, which changes the password.
		HttpResponse<String> changed = send(a, "/account/password", cookie, Map.of("currentPassword", oneTime.group(1),
				"newPassword", "two nodes one database 2026", "confirmPassword", "two nodes one database 2026",
				"_csrf", csrf(passwordPage)));
		assertThat(location(changed)).endsWith("/");
		cookie = sessionCookie(changed, cookie);
		assertThat(send(b, "/admin/users", cookie, null).statusCode()).as("node B sees the changed session").isEqualTo(200);
	}

	@Test
	void aScheduledJobRunsOnOneNodeOnlyPerTick() throws Exception {
		ApplicationProcess a = running(nodeA);
		ApplicationProcess b = running(nodeB);
		Instant until = Instant.now().plusSeconds(120);
		while (ticksSince(a, b).size() < 3 && Instant.now().isBefore(until)) {
			Thread.sleep(1000);
		}
		Map<Long, Long> runsPerTick = ticksSince(a, b);

		assertThat(runsPerTick).as("ticks seen while both nodes ran").hasSizeGreaterThanOrEqualTo(3);
		assertThat(runsPerTick).as("runs per tick (epoch second / %d) on both nodes together", TICK_SECONDS)
			.allSatisfy((tick, runs) -> assertThat(runs).isOne());
		try (Connection connection = running(database).connect(); Statement statement = connection.createStatement();
				ResultSet lock = statement
					.executeQuery("SELECT locked_by FROM shedlock WHERE name = 'consultation-overdue-notices'")) {
			assertThat(lock.next()).as("the job's lock row").isTrue();
		}
	}

	/** The job's runs on both nodes since both ran, by tick; the last tick may be under way and is left out. */
	private static Map<Long, Long> ticksSince(ApplicationProcess a, ApplicationProcess b) {
		long firstTick = bothRunning.getEpochSecond() / TICK_SECONDS + 1;
		long currentTick = Instant.now().getEpochSecond() / TICK_SECONDS;
		return Stream.concat(a.output().lines(), b.output().lines())
			.filter(line -> line.contains(JOB_LINE))
			.map(line -> OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toEpochSecond() / TICK_SECONDS)
			.filter(tick -> tick >= firstTick && tick < currentTick)
			.collect(Collectors.groupingBy(tick -> tick, Collectors.counting()));
	}

	private static HttpResponse<String> send(ApplicationProcess node, String path, @Nullable String cookie,
			@Nullable Map<String, String> form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (form != null) {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The session cookie the response sets, or the one the browser had. */
	private static String sessionCookie(HttpResponse<?> response, @Nullable String previous) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("TSUNAGU_SESSION="))
			.map(header -> header.substring(0, header.indexOf(';')))
			.findFirst()
			.or(() -> Optional.ofNullable(previous))
			.orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).as("CSRF token in %s", page.uri()).isTrue();
		return token.group(1);
	}

	private static String location(HttpResponse<?> response) {
		assertThat(response.statusCode()).as("redirect from %s", response.uri()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private static <T> T running(@Nullable T started) {
		if (started == null) {
			throw new IllegalStateException("not started");
		}
		return started;
	}
}
