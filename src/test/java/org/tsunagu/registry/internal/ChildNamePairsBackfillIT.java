package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.KanaText;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * The name index on a real database (H2 and PostgreSQL): a name search reads it, and the Java migration fills it
 * for children stored before it existed without touching the others.
 */
@DatabaseTest
class ChildNamePairsBackfillIT {

	@Autowired
	ChildManagement children;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void fillsTheNameIndexOfChildrenStoredBeforeItAndLeavesTheOthersAsTheyAre() throws SQLException {
		UUID older = children.register(child("補填", "ホテン"));
		UUID newer = children.register(child("既存", "キソン"));
		List<String> newerPairs = pairs(newer);
		// As a child stored before the index existed: the row without its pairs.
		jdbc.update("DELETE FROM registry_child_name_pairs WHERE child_id = ?", older);
		assertThat(named("ほてん")).as("a name search reads the index, not every child").doesNotContain(older);

		try (Connection connection = dataSource.getConnection()) {
			assertThat(ChildNamePairsBackfill.fill(connection)).isGreaterThanOrEqualTo(pairs("補填花子|ほてんはなこ").size());
		}

		assertThat(pairs(older)).containsExactlyInAnyOrderElementsOf(pairs("補填花子|ほてんはなこ"));
		assertThat(pairs(newer)).isEqualTo(newerPairs).containsExactlyInAnyOrderElementsOf(pairs("既存花子|きそんはなこ"));
		assertThat(named("ほてん")).contains(older);
		assertThat(named("補填")).contains(older);
	}

	private List<UUID> named(String word) {
		return children.findIds(new ChildFilter(word, null, null, null, null, null, null), 50);
	}

	private List<String> pairs(UUID child) {
		return jdbc.queryForList("SELECT name_pair FROM registry_child_name_pairs WHERE child_id = ? ORDER BY name_pair",
				String.class, child);
	}

	private static List<String> pairs(String searchText) {
		return List.copyOf(KanaText.searchPairs(searchText));
	}

	private static ChildInput child(String family, String kana) {
		return new ChildInput(family, "花子", kana, "ハナコ", LocalDate.of(2019, 5, 1), Sex.FEMALE, null, null, "202011",
				"（架空）脳性麻痺", null, null, null, null, null, null, null, false, List.of());
	}
}
