package org.tsunagu.generator;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tsunagu.TsunaguApplication;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.reference.ReferenceData;

/**
 * Fills the database of the {@code postgres} profile (TSUNAGU_DB_URL, TSUNAGU_DB_USER, TSUNAGU_DB_PASSWORD) with
 * the national-scale fictional dataset. Starts the application first (on a free port), so Flyway has
 * migrated the schema and the reference data is loaded, then writes by COPY and stops.
 *
 * It also creates the benchmark's users (director, consultant, consultant2, nurse, office-01) with the password
 * {@code -Dtsunagu.generate.password} (default: the demo password) when missing; scale 0 creates only them.
 *
 * <pre>./mvnw -Pgenerate -Dtsunagu.generate.scale=0.01</pre>
 */
public final class GenerateNationalData {

	private GenerateNationalData() {
	}

	public static void main(String[] args) throws Exception {
		double scale = Double.parseDouble(System.getProperty("tsunagu.generate.scale", "1"));
		long seed = Long.parseLong(System.getProperty("tsunagu.generate.seed", "20261201"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TsunaguApplication.class)
			.profiles("postgres")
			// The security configuration needs the servlet stack: a web server on a free port, closed at the end.
			.properties("server.port=0")
			.run(args)) {
			BenchmarkUsers.ensure(context.getBean(UserManagement.class), context.getBean(ReferenceData.class),
					System.getProperty("tsunagu.generate.password", "tsunagu-demo-2025"));
			if (scale <= 0) {
				return;
			}
			long started = System.nanoTime();
			Map<String, Long> counts = new NationalDataset(context.getBean(DataSource.class), scale, seed).generate();
			long seconds = (System.nanoTime() - started) / 1_000_000_000;
			counts.forEach((table, rows) -> System.out.printf("generator: %-36s %,12d rows%n", table, rows));
			System.out.printf("generator: scale %s written in %d s%n", scale, seconds);
		}
	}
}
