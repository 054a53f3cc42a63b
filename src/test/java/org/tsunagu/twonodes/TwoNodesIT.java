package org.tsunagu.twonodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.RequiredSuites;
import org.tsunagu.testsupport.TestDatabase;
import org.tsunagu.twonodes.TwoNodeProcesses.Node;

/**
 * Two application processes on two ports against one PostgreSQL database, as docs/operations.md ("2台構成")
 * describes: a user logged in on one node is logged in on the other (sessions in the database), and a daily job
 * runs on one node only per tick (ShedLock). Runs in the PostgreSQL pass, on a scratch database of its own.
 */
@Tag("db")
class TwoNodesIT {

	private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password: (\\S+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String JOB_LINE = "overdue case notices";

	private static final int TICK_SECONDS = 10;

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static @Nullable String adminUrl;

	private static @Nullable String database;

	private static @Nullable String databaseUrl;

	private static @Nullable Node nodeA;

	private static @Nullable Node nodeB;

	private static Instant bothRunning = Instant.MAX;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		Assumptions.assumeTrue(TestDatabase.isPostgres(), "two nodes share a PostgreSQL database: PostgreSQL pass only");
		databaseUrl = createScratchDatabase();
		List<String> settings = List.of("spring.datasource.url=" + databaseUrl,
				"spring.datasource.username=" + TestDatabase.username(),
				"spring.datasource.password=" + TestDatabase.password(),
				// Each node keeps its own index on the heap (one index per node is what tsunagu.cluster.enabled refuses).
				"spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"tsunagu.identity.mfa.enforced=false", "spring.jmx.enabled=false",
				"logging.level.root=WARN", "logging.level.org.tsunagu=INFO",
				// The daily overdue notice every ten seconds, its lock held eight: a tick taken by one node is
				// skipped by the other, whose scheduler fires at the same second (or a few later on a busy machine).
				"tsunagu.consultation.overdue-notice-cron=*/" + TICK_SECONDS + " * * * * *",
				"tsunagu.scheduling.lock-at-least-for=PT8S");
		Path work = Files.createDirectories(Path.of("target", "twonodes", database));
		// The first start creates the schema, reference data and administrator: one node alone, as the docs say.
		nodeA = TwoNodeProcesses.start("node-a", work, settings).awaitReady(out -> ONE_TIME_PASSWORD.matcher(out).find());
		nodeB = TwoNodeProcesses.start("node-b", work, settings).awaitReady(out -> out.contains("Started "));
		bothRunning = Instant.now();
	}

	@AfterAll
	static void stopTwoNodes() throws Exception {
		for (Node node : Stream.of(nodeA, nodeB).filter(n -> n != null).toList()) {
			node.close();
		}
		if (database != null) {
			try (Connection admin = DriverManager.getConnection(adminUrl, TestDatabase.username(), TestDatabase.password());
					Statement statement = admin.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			}
		}
	}

	@Test
	void aUserLoggedInOnOneNodeIsLoggedInOnTheOther() throws Exception {
		Node a = running(nodeA);
		Node b = running(nodeB);
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
		Node a = running(nodeA);
		Node b = running(nodeB);
		Instant until = Instant.now().plusSeconds(120);
		while (ticksSince(a, b).size() < 3 && Instant.now().isBefore(until)) {
			Thread.sleep(1000);
		}
		Map<Long, Long> runsPerTick = ticksSince(a, b);

		assertThat(runsPerTick).as("ticks seen while both nodes ran").hasSizeGreaterThanOrEqualTo(3);
		assertThat(runsPerTick).as("runs per tick (epoch second / %d) on both nodes together", TICK_SECONDS)
			.allSatisfy((tick, runs) -> assertThat(runs).isOne());
		try (Connection connection = DriverManager.getConnection(databaseUrl, TestDatabase.username(),
				TestDatabase.password()); Statement statement = connection.createStatement();
				ResultSet lock = statement
					.executeQuery("SELECT locked_by FROM shedlock WHERE name = 'consultation-overdue-notices'")) {
			assertThat(lock.next()).as("the job's lock row").isTrue();
		}
	}

	/** The job's runs on both nodes since both ran, by tick; the last tick may be under way and is left out. */
	private static Map<Long, Long> ticksSince(Node a, Node b) {
		long firstTick = bothRunning.getEpochSecond() / TICK_SECONDS + 1;
		long currentTick = Instant.now().getEpochSecond() / TICK_SECONDS;
		return Stream.concat(a.output().lines(), b.output().lines())
			.filter(line -> line.contains(JOB_LINE))
			.map(line -> OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toEpochSecond() / TICK_SECONDS)
			.filter(tick -> tick >= firstTick && tick < currentTick)
			.collect(Collectors.groupingBy(tick -> tick, Collectors.counting()));
	}

	private static HttpResponse<String> send(Node node, String path, @Nullable String cookie,
			@Nullable Map<String, String> form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(30));
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
			.or(() -> java.util.Optional.ofNullable(previous))
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

	private static Node running(@Nullable Node node) {
		if (node == null) {
			throw new IllegalStateException("node not started");
		}
		return node;
	}

	private static String createScratchDatabase() {
		adminUrl = System.getenv(TestDatabase.POSTGRES_URL_ENV);
		if (adminUrl == null || adminUrl.isBlank()) {
			RequiredSuites.unavailable("postgres", TestDatabase.POSTGRES_URL_ENV + " is not set");
		}
		String name = "tsunagu_twonodes_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection admin = DriverManager.getConnection(adminUrl, TestDatabase.username(), TestDatabase.password());
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException failure) {
			RequiredSuites.unavailable("postgres", "cannot create a database at " + adminUrl + ": " + failure.getMessage());
		}
		database = name;
		return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
	}
}
