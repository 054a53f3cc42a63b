package org.tsunagu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Data provision on a real database: open data needs no login and holds only suppressed counts; the
 * person-level export is for the センター長 only, after the right password, audited, with who and when in the
 * file.
 */
@DatabaseTest
class DataProvisionIT {

	@Autowired
	DataProvision provision;

	@Autowired
	UserManagement users;

	@Autowired
	ChildManagement children;

	@Autowired
	AuditQueries audit;

	@Test
	void openDataNeedsNoLoginAndHasOneSuppressedRowPerRegion() {
		SecurityContextHolder.clearContext();

		String csv = new String(provision.openDataCsv(LocalDate.of(2026, 3, 31)), StandardCharsets.UTF_8);

		assertThat(csv).startsWith("\uFEFF全国地方公共団体コード,圏域名,基準日,人工呼吸器の管理（人）");
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(12);
		assertThat(lines.get(1)).startsWith("200000,佐久,2026-03-31,");
		for (String line : lines.subList(1, lines.size())) {
			for (String cell : line.split(",")) {
				assertThat(cell).isNotIn("1", "2", "3", "4");
			}
		}
	}

	@Test
	void theDirectorExportsPersonLevelDataOnlyWithTheRightPasswordAndTheFileSaysWhoAndWhen() {
		WithUser.run(Role.CONSULTANT, null, () -> children.register(new ChildInput("出力", "試験", "シュツリョク",
				"シケン", LocalDate.of(2020, 4, 1), Sex.MALE, null, null, "202029", null, null, null, null, null, null,
				null, null, false, List.of())));
		String password = "export-check-Passw0rd!";
		UUID[] created = new UUID[1];
		WithUser.run(Role.ADMIN, null, () -> created[0] = users.createUserWithPassword(
				new NewUser("it-director-export", "出力 確認者", Role.CENTER_DIRECTOR, null, null), password));
		UUID id = created[0];
		CurrentUser director = new CurrentUser(id, "it-director-export", "出力 確認者", Role.CENTER_DIRECTOR, null, null);
		var principal = new TsunaguPrincipal(director, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			assertThatThrownBy(() -> provision.personLevelCsv("not-the-password"))
				.isInstanceOf(DataProvision.BadPasswordException.class);

			String csv = new String(provision.personLevelCsv(password), StandardCharsets.UTF_8);

			assertThat(csv).startsWith("\uFEFF出力者: 出力 確認者（it-director-export）,出力日時: ");
			assertThat(csv).contains("出力 試験", "シュツリョク シケン", "2020-04-01", "松本市");
			assertThat(audit.findEntries(new AuditSearch(null, AuditAction.EXPORT, "PersonLevelExport", null, null, null),
					Pageable.ofSize(10)))
				.isNotEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		WithUser.run(Role.CONSULTANT, null, () -> assertThatThrownBy(() -> provision.personLevelCsv(password))
			.isInstanceOf(AccessDeniedException.class));
	}
}
