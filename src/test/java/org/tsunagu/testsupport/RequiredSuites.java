package org.tsunagu.testsupport;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Decides what happens when a suite cannot run here (no PostgreSQL, no Chromium): on a developer's machine
 * the suite is skipped with a clear line on stderr; where the suite is required ({@code -Dtsunagu.test.require=postgres,browser},
 * as {@code .ci/run} sets it) the test fails instead.
 */
public final class RequiredSuites {

	private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

	private RequiredSuites() {
	}

	/** Whether the suite must run in this build. */
	public static boolean isRequired(String suite) {
		String required = System.getProperty("tsunagu.test.require", "");
		Set<String> suites = Arrays.stream(required.split(",")).map(String::trim).collect(Collectors.toSet());
		return suites.contains(suite) || suites.contains("all");
	}

	/** Skips (or, when required, fails) the current test class because the suite cannot run. */
	public static void unavailable(String suite, String reason) {
		if (isRequired(suite)) {
			Assertions.fail("The " + suite + " suite is required here but cannot run: " + reason);
		}
		if (ANNOUNCED.add(suite)) {
			System.err.println("[tsunagu] SKIPPED " + suite + " suite: " + reason
					+ " (set -Dtsunagu.test.require=" + suite + " to make this a failure)");
		}
		Assumptions.abort(suite + " suite skipped: " + reason);
	}
}
