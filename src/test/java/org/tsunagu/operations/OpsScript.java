package org.tsunagu.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.tsunagu.testsupport.ScratchDatabase;

/**
 * Runs a script of {@code ops/} as an operator would, so the documented commands are the tested ones.
 */
final class OpsScript {

	private OpsScript() {
	}

	/** What a script printed, its exit code and how long it took. */
	record Result(int exitCode, String output, Duration took) {

		Result ok() {
			if (exitCode != 0) {
				throw new AssertionError("ops script failed (exit " + exitCode + "):\n" + output);
			}
			return this;
		}
	}

	/** Runs {@code ops/<script>} with the libpq variables of the given server and the arguments. */
	static Result run(ScratchDatabase server, String script, String... arguments) {
		return run(Map.of("PGHOST", server.host(), "PGPORT", server.port(), "PGUSER", server.username(),
				"PGPASSWORD", server.password()), script, arguments);
	}

	static Result run(Map<String, String> environment, String script, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add("bash");
		command.add(Paths.get("ops", script).toAbsolutePath().toString());
		command.addAll(List.of(arguments));
		Instant begin = Instant.now();
		try {
			Path output = Files.createTempFile("tsunagu-ops", ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("ops/" + script + " did not finish within 5 minutes");
			}
			String text = Files.readString(output);
			Files.delete(output);
			return new Result(process.exitValue(), text, Duration.between(begin, Instant.now()));
		}
		catch (IOException exception) {
			throw new AssertionError("cannot run ops/" + script, exception);
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			throw new AssertionError(exception);
		}
	}
}
