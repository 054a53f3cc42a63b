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
 * A class-data-sharing archive of the application (Spring Boot's recipe: the jar extracted with
 * {@code -Djarmode=tools}, one training run with {@code -XX:ArchiveClassesAtExit} that stops after the context
 * refresh), which makes each later start of the same JVM options markedly faster — for tests that restart the
 * application many times. Anything failing here only means starts without the archive.
 */
final class ClassDataSharing {

	private static @Nullable Path extracted;

	private ClassDataSharing() {
	}

	/** The extracted application jar, made once per test JVM; null when extraction failed. */
	static synchronized @Nullable Path extractedJar(Path java) {
		if (extracted == null) {
			Path folder = Paths.get("target", "processes", "extracted").toAbsolutePath();
			if (run(List.of(java.toString(), "-Djarmode=tools", "-jar", ApplicationProcess.jar().toString(), "extract",
					"--force", "--destination", folder.toString()), folder.getParent(), folder.resolveSibling("extract.log"))) {
				extracted = folder.resolve(ApplicationProcess.jar().getFileName());
			}
		}
		return extracted != null && Files.exists(extracted) ? extracted : null;
	}

	/**
	 * Runs the application once until its context is refreshed, writing the archive; answers whether the archive
	 * exists afterwards. The command is the process's own, so the archive fits its options.
	 */
	static boolean train(List<String> command, Path archive, Path log) {
		try {
			Files.deleteIfExists(archive);
		}
		catch (IOException exception) {
			return false;
		}
		List<String> training = new ArrayList<>(command);
		training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
		training.add(2, "-Dspring.context.exit=onRefresh");
		return run(training, log.getParent(), log) && Files.exists(archive);
	}

	private static boolean run(List<String> command, Path directory, Path log) {
		try {
			Files.createDirectories(directory);
			Process process = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()))
				.start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException exception) {
			return false;
		}
		catch (InterruptedException exception) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
