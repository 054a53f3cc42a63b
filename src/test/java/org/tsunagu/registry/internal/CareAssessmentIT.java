package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.registry.CareAssessmentInput;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.DeviceKind;
import org.tsunagu.registry.SevereDisabilityClass;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Care assessments on H2 and PostgreSQL: the history only grows, the summary shows the latest, and the
 * 圏域 scope of the child applies.
 */
@DatabaseTest
class CareAssessmentIT {

	@Autowired
	ChildManagement children;

	@Autowired
	CareAssessmentManagement care;

	@Autowired
	CareSummaries summaries;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void keepsEveryAssessmentNewestFirstAndNeverChangesAnOldOne() {
		UUID child = registerInMatsumoto();
		care.record(child, new CareAssessmentInput(LocalDate.of(2024, 4, 1), "架空こども病院 医師意見書",
				List.of(new CareSelection(7, 1, CareLevel.LOW)), List.of(), null));
		CareAssessmentView first = care.assessments(child).get(0);

		care.record(child, ventilated(LocalDate.of(2025, 4, 1)));

		List<CareAssessmentView> history = care.assessments(child);
		assertThat(history).extracting(CareAssessmentView::assessedOn)
			.containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2024, 4, 1));
		assertThat(history.get(1)).isEqualTo(first);
		assertThat(history.get(1).total()).isEqualTo(8);
		assertThat(history.get(0).total()).isEqualTo(10 + 2 + 8 + 9);
		assertThat(history.get(0).careClass()).isEqualTo(CareClass.CLASS_2);
		assertThat(history.get(0).devices()).singleElement().satisfies(device -> {
			assertThat(device.batteryHours()).isEqualByComparingTo("8.5");
			assertThat(device.powerDependent()).isTrue();
		});
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void summarisesTheLatestAssessment() {
		UUID child = registerInMatsumoto();
		assertThat(summaries.latest(child)).isEmpty();
		care.record(child, ventilated(LocalDate.of(2025, 4, 1)));

		assertThat(summaries.latest(child)).hasValueSatisfying(summary -> {
			assertThat(summary.score()).isEqualTo(29);
			assertThat(summary.careClassKey()).isEqualTo("registry.careClass.CLASS_2");
			assertThat(summary.careItems()).first().asString().startsWith("人工呼吸器の管理（");
			assertThat(summary.devices()).singleElement().asString().contains("架空メディカル VX-100");
			assertThat(summary.powerDependent()).isTrue();
		});
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void keepsTheOldScoreApart() {
		UUID child = registerInMatsumoto();
		care.recordSevereScore(child, LocalDate.of(2025, 1, 10), 27, null);

		assertThat(care.severeScores(child)).singleElement()
			.satisfies(score -> assertThat(score.classification()).isEqualTo(SevereDisabilityClass.SEVERE));
		assertThat(care.assessments(child)).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE, region = "長野")
	void refusesAHealthOfficeOfAnotherRegion() {
		UUID child = asConsultant(this::registerInMatsumoto);

		assertThatThrownBy(() -> care.assessments(child)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> care.record(child, ventilated(LocalDate.of(2025, 4, 1))))
			.isInstanceOf(AccessDeniedException.class);
	}

	private UUID registerInMatsumoto() {
		return children.register(new ChildInput("見本", "花子", "ミホン", "ハナコ", LocalDate.of(2018, 5, 1), Sex.FEMALE,
				null, null, "202029", null, null, null, null, null, null, null, null, false, List.of()));
	}

	private static CareAssessmentInput ventilated(LocalDate on) {
		return new CareAssessmentInput(on, "架空こども病院 医師意見書",
				List.of(new CareSelection(1, 0, CareLevel.HIGH), new CareSelection(2, 0, CareLevel.HIGH),
						new CareSelection(5, 0, CareLevel.HIGH)),
				List.of(new CareDevice(DeviceKind.VENTILATOR, "架空メディカル VX-100", "SIMV 20回/分",
						new BigDecimal("8.5"), true, null)),
				null);
	}

	private static <T> T asConsultant(Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes("it-consultant".getBytes(StandardCharsets.UTF_8)),
				"it-consultant", "試験 相談員", Role.CONSULTANT, null, null);
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
