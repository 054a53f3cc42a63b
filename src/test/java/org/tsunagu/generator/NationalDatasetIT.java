package org.tsunagu.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tsunagu.audit.AuditChain;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * The national-scale generator at a hundredth of the national size, through COPY on PostgreSQL and JDBC batches
 * on H2: each table gets its share of rows, the schema's constraints hold, and the audit chain still verifies.
 * (Larger runs are measured in bench/RESULTS.md.)
 */
@DatabaseTest
class NationalDatasetIT {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditChain chain;

	@Test
	void writesEachTableItsShareOfTheNationalDatasetAndKeepsTheAuditChainIntact() throws Exception {
		long childrenBefore = count("registry_children");
		long auditBefore = count("audit_entries");

		Map<String, Long> written = new NationalDataset(dataSource, 0.01, 42).generate();

		assertThat(written).containsEntry("registry_children", 250L)
			.containsEntry("consultation_consultations", 6_000L)
			.containsEntry("consultation_cases", 1_000L)
			.containsEntry("consultation_case_entries", 4_000L)
			.containsEntry("institution_institutions", 300L)
			.containsEntry("training_people", 50L)
			.containsEntry("council_meetings", 20L)
			.containsEntry("audit_entries", 100_000L);
		assertThat(written.get("registry_child_name_pairs")).as("the name index of every child")
			.isGreaterThanOrEqualTo(250L * 4);
		assertThat(count("registry_children") - childrenBefore).isEqualTo(250);
		assertThat(count("audit_entries") - auditBefore).isEqualTo(100_000);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM consultation_consultations WHERE content LIKE '（架空）%'",
				Long.class)).isGreaterThanOrEqualTo(6_000);
		chain.sealPending();
		assertThat(chain.verify().intact()).isTrue();
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}
}
