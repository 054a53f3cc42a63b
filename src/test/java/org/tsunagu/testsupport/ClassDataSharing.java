package org.tsunagu.testsupport;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The start-up cache that operations prepare with {@code ops/prepare-fast-start.sh} (the jar extracted, one
 * training run that stops after the context refresh; a class-data-sharing archive on Java 17–24, an AOT cache
 * from Java 25), made once per process: later starts of the same JVM are markedly faster — for tests that restart
 * the application many times, and so the script itself runs in CI (a failing script fails the test).
 */
final class ClassDataSharing {

	private ClassDataSharing() {
	}

	/** The extracted jar and the JVM option that uses its cache. */
	record Prepared(Path jar, String cacheOption) {
	}

	/**
	 * Runs {@code ops/prepare-fast-start.sh} for the application jar into {@code folder} with the process's own
	 * application arguments (its database, its profiles), so the training run loads what the real starts load;
	 * null when the script failed (see {@code log}).
	 */
	static @Nullable Prepared prepare(Path java, Path folder, List<String> arguments, Path log) {
		List<String> command = new ArrayList<>(List.of("bash", Paths.get("ops", "prepare-fast-start.sh").toAbsolutePath()
			.toString(), ApplicationProcess.jar().toString(), folder.toString()));
		command.addAll(arguments);
		try {
			Files.createDirectories(folder);
			ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()));
			builder.environment().put("JAVA_HOME", java.getParent().getParent().toString());
			Process process = builder.start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return null;
			}
			if (process.exitValue() != 0) {
				return null;
			}
		}
		catch (IOException exception) {
			return null;
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			return null;
		}
		Path jar = folder.resolve(ApplicationProcess.jar().getFileName());
		Path aot = folder.resolve("tsunagu.aot");
		Path archive = folder.resolve("tsunagu.jsa");
		if (Files.exists(aot)) {
			return new Prepared(jar, "-XX:AOTCache=" + aot);
		}
		return Files.exists(archive) ? new Prepared(jar, "-XX:SharedArchiveFile=" + archive) : null;
	}
}
