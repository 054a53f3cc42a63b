package org.tsunagu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tsunagu.testsupport.ApplicationProcess;
import org.tsunagu.testsupport.ProcessTest;
import org.tsunagu.testsupport.ScratchDatabase;

/**
 * Power-cut safety: the application is killed with SIGKILL at random moments — while clients write through the
 * API, and while it starts — again and again on the same PostgreSQL database. After every kill each write it
 * acknowledged is in the database and nothing half-written is visible ({@link CrashInvariants}). The number of
 * cycles is {@code -Dtsunagu.crash.cycles} (20); the seed of the random moments is printed to repeat a run.
 */
@ProcessTest
class CrashSafetyIT {

	private static final int CYCLES = Integer.getInteger("tsunagu.crash.cycles", 20);

	private static final int WRITERS = 3;

	@Test
	void keepsEveryAcknowledgedWriteWholeThroughRepeatedKills() throws Exception {
		long seed = Long.getLong("tsunagu.crash.seed", System.nanoTime());
		Random random = new Random(seed);
		System.err.println("[tsunagu] crash test seed " + seed + " (-Dtsunagu.crash.seed to repeat)");
		Instant begin = Instant.now();
		List<Duration> startups = new ArrayList<>();
		ApiWriters writers = new ApiWriters();
		try (ScratchDatabase database = ScratchDatabase.create("crash");
				ApplicationProcess app = ApplicationProcess.on(database, "crash")
					.property("tsunagu.audit.seal-interval", "1s")
					// Restarts dominate the run time; the archive costs one start and saves on each of the others.
					.classDataSharing()) {
			app.start();
			report("first start (migrations and demo data)", app.lastStartup());
			for (int cycle = 1; cycle <= CYCLES; cycle++) {
				if (cycle > 1 && cycle % 5 == 0) {
					killWhileStarting(app, random);
				}
				else {
					if (!app.isAlive()) {
						app.start();
						startups.add(app.lastStartup());
					}
					killWhileWriting(app, writers, random);
				}
				try (Connection connection = database.connect()) {
					CrashInvariants.check(connection, writers);
				}
			}
			app.start();
			startups.add(app.lastStartup());
			assertThat(writers.consultations).as("acknowledged consultations (last refusal: %s)", writers.lastRefusal)
				.hasSizeGreaterThan(CYCLES);
			assertThat(writers.cases).as("acknowledged cases").isNotEmpty();
			assertThat(writers.contacts).as("acknowledged contacts").isNotEmpty();
			try (Connection connection = database.connect()) {
				CrashInvariants.check(connection, writers);
			}
			assertThat(app.stop()).as("exit code after SIGTERM").isEqualTo(143);
		}
		report("restart (average of " + startups.size() + ")",
				startups.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(Math.max(1, startups.size())));
		report("whole test", Duration.between(begin, Instant.now()));
		System.err.printf("[tsunagu] crash test acknowledged %d consultations, %d cases, %d contacts; %d refused%n",
				writers.consultations.size(), writers.cases.size(), writers.contacts.size(), writers.refused.get());
	}

	/**
	 * Once the writers have got through a whole chain (consultation, case, contact — a freshly started JVM
	 * answers its first requests slowly), they run for a random 0–2 s more, then SIGKILL hits them mid-request.
	 */
	private static void killWhileWriting(ApplicationProcess app, ApiWriters writers, Random random) throws Exception {
		int before = writers.contacts.size();
		ApiWriters.Run run = writers.start(app.baseUrl(), WRITERS);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (writers.contacts.size() == before) {
			assertThat(Instant.now()).as("a whole chain acknowledged (last refusal: %s)", writers.lastRefusal)
				.isBefore(deadline);
			Thread.sleep(20);
		}
		Thread.sleep(random.nextInt(2000));
		assertThat(app.kill()).as("exit code after SIGKILL").isEqualTo(137);
		run.stop();
	}

	/** SIGKILL at a random moment of the start: during Flyway's check, Hibernate's or the runners' start-up work. */
	private static void killWhileStarting(ApplicationProcess app, Random random) throws Exception {
		long window = app.lastStartup().toMillis();
		app.launch();
		Thread.sleep(500 + (long) (random.nextDouble() * window));
		if (app.isAlive()) {
			assertThat(app.kill()).as("exit code after SIGKILL").isEqualTo(137);
		}
	}

	private static void report(String what, Duration took) {
		System.err.println("[tsunagu] measured: " + what + ": " + took.toMillis() + " ms");
	}
}
