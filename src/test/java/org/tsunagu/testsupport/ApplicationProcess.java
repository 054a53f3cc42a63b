package org.tsunagu.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * The packaged application ({@code target/tsunagu-*.jar}, built by {@code package} before Failsafe runs) as a
 * separate JVM: for tests that kill, stop and restart it, or run two of it on one database. Each process gets a
 * free port, its own working directory {@code target/processes/<name>/} (so {@code ./data}, the search index and
 * the log {@code app.log} never collide) and the given Spring properties as command-line arguments.
 *
 * <pre>{@code
 * try (ScratchDatabase database = ScratchDatabase.create("crash");
 *         ApplicationProcess app = ApplicationProcess.on(database, "crash").property("k", "v").start()) {
 *     HttpClient.newHttpClient().send(... app.baseUrl() + "/api/v1/me" ...);
 *     app.kill();     // SIGKILL: no shutdown hook, no graceful shutdown
 *     app.start();    // same port, same properties, same working directory
 *     app.stop();     // SIGTERM: graceful shutdown, answers the exit code (143)
 * }
 * }</pre>
 *
 * Starting blocks until {@code /actuator/health/readiness} answers UP (default limit five minutes, the machines
 * running the suites are shared; {@code -Dtsunagu.test.process-start-timeout=PT10M} changes it), and fails with
 * the end of the log if the process exits first. {@link #close()} kills a process that is still running, and a
 * shutdown hook does the same if the test JVM ends first.
 */
public final class ApplicationProcess implements AutoCloseable {

	private final String name;

	private final Map<String, String> properties = new LinkedHashMap<>();

	/** Start-up speed over peak speed: the processes of a test live for seconds to minutes. */
	private final List<String> jvmOptions = new ArrayList<>(
			List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k"));

	private final int port;

	private Duration startTimeout = Duration.parse(System.getProperty("tsunagu.test.process-start-timeout", "PT5M"));

	private @Nullable Process process;

	private @Nullable Duration lastStartup;

	private @Nullable Instant launchedAt;

	/** Size of the log when the last launch began: {@link #output()} starts there. */
	private long launchOffset;

	private boolean classDataSharing;

	/** The start-up cache of ops/prepare-fast-start.sh, made at the first start with {@link #classDataSharing()}. */
	private ClassDataSharing.@Nullable Prepared prepared;

	private ApplicationProcess(String name) {
		this.name = name;
		this.port = freePort();
		Runtime.getRuntime().addShutdownHook(new Thread(this::close));
	}

	/**
	 * A process on a scratch PostgreSQL database with the {@code postgres} and {@code demo} profiles (demo users
	 * with the demo password, two-factor not enforced) and plain-text logs. The name picks the working directory
	 * {@code target/processes/<name>/}: give each concurrent process (e.g. two nodes) its own.
	 */
	public static ApplicationProcess on(ScratchDatabase database, String name) {
		return new ApplicationProcess(name).property("spring.profiles.active", "postgres,demo")
			.property("management.endpoint.health.probes.enabled", "true")
			.property("spring.datasource.url", database.url())
			.property("spring.datasource.username", database.username())
			.property("spring.datasource.password", database.password())
			.property("logging.structured.format.console", "");
	}

	/**
	 * A process with only the given properties (e.g. the embedded H2 default in its working directory). The name
	 * picks the working directory {@code target/processes/<name>/}: give each concurrent process its own.
	 */
	public static ApplicationProcess plain(String name) {
		return new ApplicationProcess(name).property("management.endpoint.health.probes.enabled", "true");
	}

	/**
	 * Starts without the {@code demo} profile (other profiles, e.g. {@code postgres}, stay): no demo users or
	 * data, and the first start on an empty database creates the administrator and prints its one-time password,
	 * as a production installation does (read it with {@link #output()}).
	 */
	public ApplicationProcess withoutDemoProfile() {
		String profiles = Arrays.stream(properties.getOrDefault("spring.profiles.active", "").split(","))
			.map(String::strip)
			.filter(profile -> !profile.isEmpty() && !profile.equals("demo"))
			.collect(Collectors.joining(","));
		if (profiles.isEmpty()) {
			properties.remove("spring.profiles.active");
			return this;
		}
		return property("spring.profiles.active", profiles);
	}

	/** Sets a Spring property ({@code --key=value}) for this and later starts. */
	public ApplicationProcess property(String key, String value) {
		properties.put(key, value);
		return this;
	}

	/**
	 * Starts with the start-up cache that {@code ops/prepare-fast-start.sh} makes by one training run before the
	 * first start ({@link ClassDataSharing}): worth it for a test that restarts the application many times.
	 */
	public ApplicationProcess classDataSharing() {
		this.classDataSharing = true;
		return this;
	}

	/** Adds a JVM option such as {@code -Xmx1g}. */
	public ApplicationProcess jvmOption(String option) {
		jvmOptions.add(option);
		return this;
	}

	public ApplicationProcess startTimeout(Duration timeout) {
		this.startTimeout = timeout;
		return this;
	}

	/** Starts the process and waits until it is ready; answers this process. */
	public ApplicationProcess start() {
		launch();
		return awaitReady();
	}

	/**
	 * Starts the process and returns at once, e.g. to kill it while it starts; {@link #awaitReady()} waits for it.
	 */
	public ApplicationProcess launch() {
		if (isAlive()) {
			throw new IllegalStateException("Process " + name + " is already running");
		}
		try {
			Files.createDirectories(workingDirectory());
			List<String> command = command();
			launchedAt = Instant.now();
			launchOffset = Files.exists(log()) ? Files.size(log()) : 0;
			Files.writeString(log(), "\n===== start " + launchedAt + " on port " + port + " =====\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			process = new ProcessBuilder(command).directory(workingDirectory().toFile())
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log().toFile()))
				.start();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot start " + name, exception);
		}
		return this;
	}

	/**
	 * Waits until {@code /actuator/health/readiness} answers UP: the web server is up and every start-up runner
	 * (first-start data, demo data) has finished — plain {@code /actuator/health} may answer UP before that.
	 */
	public ApplicationProcess awaitReady() {
		Instant begin = launchedAt == null ? Instant.now() : launchedAt;
		HealthProbe.awaitUp(this, begin.plus(startTimeout));
		lastStartup = Duration.between(begin, Instant.now());
		return this;
	}

	/**
	 * SIGTERM (what systemd and {@code kill} send): the application shuts down gracefully. Waits for the process
	 * to end and answers its exit code (143 for a JVM ended by SIGTERM).
	 */
	public int stop() {
		return end(false);
	}

	/**
	 * SIGKILL ({@link Process#destroyForcibly()} on Linux): the process ends at once, no shutdown hook or
	 * graceful shutdown runs — as in a power cut or the OOM killer. Answers the exit code (137).
	 */
	public int kill() {
		return end(true);
	}

	/** Sends SIGTERM and returns at once (to act while the application is shutting down); see {@link #awaitExit}. */
	public void signalStop() {
		running().destroy();
	}

	/** Waits for the process to end and answers its exit code. */
	public int awaitExit(Duration timeout) {
		Process running = running();
		try {
			if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("Process " + name + " did not end within " + timeout);
			}
			return running.exitValue();
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(exception);
		}
	}

	String name() {
		return name;
	}

	int exitCode() {
		return running().exitValue();
	}

	public boolean isAlive() {
		return process != null && process.isAlive();
	}

	/** {@code http://127.0.0.1:<port>} without a trailing slash. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	public int port() {
		return port;
	}

	/** Operating-system process id of the running process. */
	public long pid() {
		return running().pid();
	}

	/** How long the last start took from launch until ready. */
	public Duration lastStartup() {
		if (lastStartup == null) {
			throw new IllegalStateException("Process " + name + " has not started yet");
		}
		return lastStartup;
	}

	/** {@code target/processes/<name>/}: the process's working directory ({@code ./data} lives there). */
	public Path workingDirectory() {
		return Paths.get("target", "processes", name).toAbsolutePath();
	}

	/** The process's output, appended over all its starts. */
	public Path log() {
		return workingDirectory().resolve("app.log");
	}

	/**
	 * What the process wrote since its last launch (the log keeps earlier starts and earlier test runs), e.g. to
	 * find a line the application prints once, such as the first start's one-time administrator password.
	 */
	public String output() {
		try {
			byte[] all = Files.readAllBytes(log());
			int from = (int) Math.min(launchOffset, all.length);
			return new String(all, from, all.length - from, StandardCharsets.UTF_8);
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot read the log of " + name, exception);
		}
	}

	/** The last lines of the log, for failure messages. */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(log());
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException exception) {
			return "(no log: " + exception.getMessage() + ")";
		}
	}

	/** Kills the process if it still runs. */
	@Override
	public void close() {
		if (isAlive()) {
			process.destroyForcibly();
		}
	}

	private int end(boolean force) {
		Process running = running();
		if (force) {
			running.destroyForcibly();
		}
		else {
			running.destroy();
		}
		return awaitExit(Duration.ofMinutes(2));
	}

	private Process running() {
		if (process == null) {
			throw new IllegalStateException("Process " + name + " was never started");
		}
		return process;
	}

	private List<String> command() {
		Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
		List<String> arguments = new ArrayList<>();
		arguments.add("--server.port=" + port);
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		if (classDataSharing && prepared == null) {
			prepared = ClassDataSharing.prepare(java, workingDirectory().resolve("fast-start"), arguments, log());
			if (prepared == null) {
				throw new IllegalStateException("ops/prepare-fast-start.sh failed for " + name + ": " + logTail(20));
			}
		}
		List<String> command = new ArrayList<>();
		command.add(java.toString());
		if (prepared != null) {
			command.add(prepared.cacheOption());
		}
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(prepared == null ? jar().toString() : prepared.jar().toString());
		command.addAll(arguments);
		return command;
	}

	/** The Spring Boot jar in target/ (not the plain one Maven keeps beside it), built by {@code package}. */
	public static Path jar() {
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files.filter(file -> file.getFileName().toString().endsWith(".jar"))
				.filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
				.findFirst()
				.map(Path::toAbsolutePath)
				.orElseThrow(() -> new IllegalStateException("No application jar in target/: run ./mvnw package first"));
		}
		catch (IOException exception) {
			throw new UncheckedIOException("No target/ folder: run ./mvnw package first", exception);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}
}
