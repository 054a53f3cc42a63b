package org.tsunagu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilManagement;
import org.tsunagu.council.CouncilSummary;
import org.tsunagu.council.MeetingInput;
import org.tsunagu.council.MeetingManagement;
import org.tsunagu.council.MeetingSnapshot;
import org.tsunagu.council.MeetingSnapshots;
import org.tsunagu.council.SnapshotTable;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * A council meeting's statistics snapshot on a real database: reporting builds it, council stores it frozen, and
 * only those who manage the council may attach one.
 */
@DatabaseTest
class MeetingSnapshotIT {

	@Autowired
	MeetingStatistics statistics;

	@Autowired
	MeetingSnapshots snapshots;

	@Autowired
	CouncilManagement councils;

	@Autowired
	MeetingManagement meetings;

	@Test
	void theRegionsHealthOfficeAttachesTheFiguresOfItsRegionAndEveryReaderSeesThemFrozen() {
		UUID meeting = as(Role.HEALTH_OFFICE, "松本", () -> meetings.schedule(council(CouncilKind.REGION, "松本"),
				new MeetingInput("試験 統計資料", JapaneseDates.today().minusDays(1), LocalTime.of(14, 0),
						LocalTime.of(16, 0), "試験会議室", null)));

		UUID id = as(Role.HEALTH_OFFICE, "松本", () -> statistics.attachSnapshot(meeting));

		List<MeetingSnapshot> read = as(Role.CONSULTANT, null, () -> snapshots.snapshots(meeting));
		assertThat(read).singleElement().satisfies(snapshot -> {
			assertThat(snapshot.id()).isEqualTo(id);
			assertThat(snapshot.title()).contains("松本").contains("年度");
			assertThat(snapshot.asOf()).isEqualTo(JapaneseDates.today().minusDays(1));
			assertThat(snapshot.tables()).extracting(SnapshotTable::caption)
				.containsExactly("圏域別の児童数", "医療的ケアの項目別の児童数", "相談内容の分類別の件数");
			assertThat(snapshot.tables()).allSatisfy(table -> assertThat(table.rows()).allSatisfy(row -> {
				assertThat(row.values()).hasSize(table.headers().size() - 1);
				assertThat(row.values()).allSatisfy(value -> assertThat(value).doesNotMatch("[1-4]"));
			}));
		});
	}

	@Test
	void whoMayNotManageTheCouncilCannotAttachAndNothingIsStored() {
		UUID meeting = as(Role.HEALTH_OFFICE, "松本", () -> meetings.schedule(council(CouncilKind.REGION, "松本"),
				new MeetingInput("試験 権限", JapaneseDates.today(), LocalTime.of(10, 0), LocalTime.of(11, 0), "試験会議室",
						null)));

		assertThatThrownBy(() -> as(Role.NURSE, null, () -> statistics.attachSnapshot(meeting)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(Role.HEALTH_OFFICE, "長野", () -> statistics.attachSnapshot(meeting)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(Role.PREFECTURE, null,
				() -> snapshots.attach(meeting, "手作りの表", List.of(new SnapshotTable("表", List.of("項目"), List.of())))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(as(Role.HEALTH_OFFICE, "松本", () -> snapshots.snapshots(meeting))).isEmpty();
	}

	private UUID council(CouncilKind kind, String region) {
		return as(Role.CONSULTANT, null, () -> councils.councils())
			.stream()
			.filter(c -> c.kind() == kind && region.equals(c.regionName()))
			.map(CouncilSummary::id)
			.findFirst()
			.orElseThrow();
	}

	private static <T> T as(Role role, String region, Supplier<T> step) {
		SecurityContext previous = SecurityContextHolder.getContext();
		String username = "snapshot-" + role.name().toLowerCase() + (region == null ? "" : "-" + region);
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
				"試験 " + role.name(), role, role == Role.HEALTH_OFFICE ? region : null, null);
		var principal = new TsunaguPrincipal(user, null, true, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return step.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
