package org.tsunagu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditChain;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.audit.ChainVerification;
import org.tsunagu.identity.Role;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The audit log's hash chain on a real database: committed entries are sealed in order, and changing or
 * deleting a sealed entry — which only someone with direct database access could do — is found and named.
 * Each test puts the database back as it found it.
 */
@DatabaseTest
class AuditChainIT {

	@Autowired
	AuditChain chain;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void sealEverythingSoFar() {
		chain.sealPending();
	}

	@Test
	void sealsNewEntriesAtTheEndOfAnIntactChain() {
		ChainVerification before = chain.verify();
		auditLog.record(AuditAction.READ, "ChainTest", "a", "一件目");
		auditLog.record(AuditAction.READ, "ChainTest", "b", "二件目");
		assertThat(chain.verify().unsealedEntries()).isGreaterThanOrEqualTo(2);

		assertThat(chain.sealPending()).isGreaterThanOrEqualTo(2);

		ChainVerification after = chain.verify();
		assertThat(after.intact()).isTrue();
		assertThat(after.checkedEntries()).isGreaterThanOrEqualTo(before.checkedEntries() + 2);
		assertThat(after.unsealedEntries()).isZero();
	}

	@Test
	void findsTheFirstChangedEntry() {
		auditLog.record(AuditAction.READ, "ChainTest", "changed", "元の内容");
		chain.sealPending();
		Map<String, Object> row = jdbc.queryForMap(
				"SELECT id, chain_index FROM audit_entries WHERE target_type = 'ChainTest' AND target_id = 'changed'");
		try {
			jdbc.update("UPDATE audit_entries SET detail = '書き換えた内容' WHERE id = ?", row.get("id"));

			ChainVerification result = chain.verify();

			assertThat(result.intact()).isFalse();
			assertThat(result.brokenAtIndex()).isEqualTo(((Number) row.get("chain_index")).longValue());
			assertThat(result.brokenEntryId()).isEqualTo(row.get("id"));
		}
		finally {
			jdbc.update("UPDATE audit_entries SET detail = '元の内容' WHERE id = ?", row.get("id"));
		}
		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	void findsADeletedEntryInTheMiddleAndAtTheEnd() {
		auditLog.record(AuditAction.READ, "ChainTest", "deleted-middle", "消される記録");
		auditLog.record(AuditAction.READ, "ChainTest", "after", "後の記録");
		chain.sealPending();
		Map<String, Object> middle = jdbc.queryForMap(
				"SELECT * FROM audit_entries WHERE target_type = 'ChainTest' AND target_id = 'deleted-middle'");
		Map<String, Object> last = jdbc.queryForMap(
				"SELECT * FROM audit_entries WHERE target_type = 'ChainTest' AND target_id = 'after'");

		delete(middle);
		ChainVerification withoutMiddle = chain.verify();
		reinsert(middle);
		assertThat(withoutMiddle.intact()).isFalse();
		assertThat(withoutMiddle.brokenAtIndex()).isEqualTo(((Number) middle.get("chain_index")).longValue());

		delete(last);
		ChainVerification withoutLast = chain.verify();
		reinsert(last);
		assertThat(withoutLast.intact()).as("the head remembers the last entry").isFalse();

		assertThat(chain.verify().intact()).isTrue();
	}

	@Test
	@WithTsunaguUser(role = Role.ADMIN)
	void administratorChecksTheChainFromTheAuditLogPage() throws Exception {
		mvc.perform(post("/admin/audit/verify").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> {
				ChainVerification verification = (ChainVerification) result.getFlashMap().get("chainResult");
				assertThat(verification.intact()).isTrue();
				assertThat(verification.checkedEntries()).isPositive();
			});
	}

	@Test
	@WithTsunaguUser(role = Role.CENTER_DIRECTOR)
	void staffCannotRunTheCheck() throws Exception {
		mvc.perform(post("/admin/audit/verify").with(csrf())).andExpect(status().isForbidden());
	}

	private void delete(Map<String, Object> row) {
		jdbc.update("DELETE FROM audit_entries WHERE id = ?", row.get("id"));
	}

	private void reinsert(Map<String, Object> row) {
		jdbc.update("INSERT INTO audit_entries (id, occurred_at, actor, action, target_type, target_id, detail, "
				+ "remote_address, chain_index, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"),
				row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("target_type"),
				row.get("target_id"), row.get("detail"), row.get("remote_address"), row.get("chain_index"),
				row.get("entry_hash"));
	}

}
