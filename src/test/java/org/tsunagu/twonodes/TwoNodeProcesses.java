package org.tsunagu.twonodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.tsunagu.TsunaguApplication;

/**
 * Starts the application as a separate JVM process — one node of a two-node setup — from this build's classes and
 * the test class path, on a free port, with its output in a file the test reads. Small on purpose: a node is
 * started, waited for, read and stopped; nothing else.
 */
final class TwoNodeProcesses {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

	private TwoNodeProcesses() {
	}

	/** One running node. */
	static final class Node implements AutoCloseable {

		private final String name;

		private final int port;

		private final Process process;

		private final Path log;

		private Node(String name, int port, Process process, Path log) {
			this.name = name;
			this.port = port;
			this.process = process;
			this.log = log;
		}

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + port + path);
		}

		/** Everything the node wrote so far. */
		String output() {
			try {
				return Files.readString(log, StandardCharsets.UTF_8);
			}
			catch (IOException failure) {
				throw new UncheckedIOException(failure);
			}
		}

		/** Waits until {@code /actuator/health} answers 200 and the output shows what the test waits for. */
		Node awaitReady(Predicate<String> outputReady) throws InterruptedException {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			Instant deadline = Instant.now().plus(START_TIMEOUT);
			while (Instant.now().isBefore(deadline)) {
				if (!process.isAlive()) {
					throw new IllegalStateException(name + " ended with " + process.exitValue() + ":\n" + tail());
				}
				if (healthy(client) && outputReady.test(output())) {
					return this;
				}
				Thread.sleep(500);
			}
			throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + ":\n" + tail());
		}

		private boolean healthy(HttpClient client) throws InterruptedException {
			try {
				HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build();
				return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		}

		String tail() {
			String all = output();
			return all.substring(Math.max(0, all.length() - 4000));
		}

		/** Stops the node as an operator would (SIGTERM, graceful shutdown), forcibly if it hangs. */
		@Override
		public void close() throws InterruptedException {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	/** Starts a node with the given settings ({@code name=value}, as command-line arguments) on a free port. */
	static Node start(String name, Path workDirectory, List<String> settings) throws IOException {
		int port = freePort();
		Path directory = Files.createDirectories(workDirectory.resolve(name));
		Path log = directory.resolve("output.log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m", "-XX:TieredStopAtLevel=1",
				"-cp", classPath(), TsunaguApplication.class.getName(), "--server.port=" + port));
		settings.forEach(setting -> command.add("--" + setting));
		Process process = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		return new Node(name, port, process, log);
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Failsafe starts tests from a manifest-only jar; the real class path is in its own property. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
