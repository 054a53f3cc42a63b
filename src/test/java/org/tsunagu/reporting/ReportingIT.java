package org.tsunagu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.CareAssessmentInput;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.DeviceKind;
import org.tsunagu.registry.DisasterPlanInput;
import org.tsunagu.registry.DisasterPlanManagement;
import org.tsunagu.registry.DisasterPlanView;
import org.tsunagu.registry.MunicipalityPlanStatus;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Every figure of the dashboard on a hand-counted fixture (H2 and PostgreSQL), and the same figures in the
 * annual report's workbook and PDF. Other suites share the database, so each figure is checked as the change
 * the fixture makes: what the dashboard says after the fixture minus what it said before.
 *
 * <p>The fixture (年度 2025 = 2025-04-01 to 2026-03-31; children counted on 2026-03-31):
 * <ul>
 * <li>木曽町: A (born 2024-06-01, age 1; 人工呼吸器 高 + 気管切開 → 20 points 区分2; no plan), B (2022-03-31, age 4
 * on the day; 吸引 → 区分1; plan 作成済み), C (2019-01-15, 7; 経管栄養 → 区分1)</li>
 * <li>上松町: D (2012-05-01, 13; 酸素療法 with a power-dependent concentrator → 区分1; plan 未作成)</li>
 * <li>大町市: E (2010-04-01, 15; no assessment), F (2007-12-01, 18; first 人工呼吸器, then latest only 血糖測定
 * → 区分1, not power-dependent), G (転出), H (born 2026-05-01, after the reference day: not counted)</li>
 * <li>Consultations: 2 in April 2025 (one at 00:30 JST on 1 April, which is still 31 March in UTC), 1 in
 * August, 1 at 23:59 JST on 31 March 2026; one at 00:00 JST on 1 April 2026 and one at 23:00 JST on 31 March
 * 2025 belong to other 年度.</li>
 * </ul>
 */
@DatabaseTest
class ReportingIT {

	static final FiscalYear YEAR = new FiscalYear(2025);

	@Autowired
	Reports reports;

	@Autowired
	ChildManagement children;

	@Autowired
	CareAssessmentManagement care;

	@Autowired
	DisasterPlanManagement plans;

	@Autowired
	ConsultationManagement consultations;

	@Test
	void countsEveryFigureOfTheFixtureAndTheAnnualReportShowsTheSame() throws IOException {
		Dashboard before = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		WithUser.run(Role.CONSULTANT, null, this::fixture);
		Dashboard after = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));

		assertThat(after.referenceDay()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(change(before, after, "children-by-region")).containsExactlyInAnyOrderEntriesOf(Map.of("木曽", 4L, "大北", 2L));
		assertThat(change(before, after, "children-by-municipality"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("204323", 3L, "204226", 1L, "202126", 2L));
		assertThat(change(before, after, "children-by-age")).containsExactlyInAnyOrderEntriesOf(
				Map.of("0-2", 1L, "3-5", 1L, "6-11", 1L, "12-14", 1L, "15-17", 1L, "18+", 1L));
		assertThat(change(before, after, "children-by-care-item"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("1", 1L, "2", 1L, "4", 1L, "5", 1L, "7", 1L, "10", 1L));
		assertThat(change(before, after, "children-by-care-class"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("CLASS_2", 1L, "CLASS_1", 4L, "NOT_ASSESSED", 1L));
		assertThat(change(before, after, "children-by-status"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("ENROLLED", 6L, "MOVED_OUT", 1L));
		assertThat(columnChange(before, after, "power-dependent-without-plan", 0)).containsExactlyEntriesOf(Map.of("木曽", 3L));
		assertThat(columnChange(before, after, "power-dependent-without-plan", 1)).containsExactlyEntriesOf(Map.of("木曽", 2L));

		assertThat(change(before, after, "consultations-by-month"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("2025-04", 2L, "2025-08", 1L, "2026-03", 1L));
		assertThat(change(before, after, "consultations-by-channel"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("PHONE", 2L, "EMAIL", 1L, "VISIT", 1L));
		assertThat(change(before, after, "consultations-by-consulter"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("FAMILY", 2L, "SCHOOL", 1L, "PROVIDER", 1L));
		assertThat(change(before, after, "consultations-by-topic")).containsExactlyInAnyOrderEntriesOf(
				Map.of("MEDICAL_CARE", 1L, "SCHOOLING", 2L, "DISASTER", 1L, "OTHER", 1L));
		assertThat(change(before, after, "consultations-by-region"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("木曽", 3L, "大北", 1L));
		assertThat(change(before, after, "consultations-by-status"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("RECEIVED", 2L, "CLOSED", 2L));
		assertThat(after.table("consultations-time-to-close").orElseThrow().available()).isFalse();
		assertThat(after.table("supervisor-dispatches").orElseThrow().available()).isTrue();

		// The same fixture, the same numbers: every table of the workbook and the PDF against the dashboard.
		byte[] xlsx = as(Role.CONSULTANT, null, () -> reports.annualWorkbook(YEAR, null));
		byte[] pdf = as(Role.CONSULTANT, null, () -> reports.annualPdf(YEAR, null));
		// The annual report is Japanese; the dashboard speaks the user's language, Japanese here.
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.JAPANESE);
		Dashboard now;
		try {
			now = as(Role.CONSULTANT, null, () -> reports.dashboard(YEAR, null));
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		assertWorkbookShows(xlsx, now);
		assertPdfShows(pdf, now);
	}

	@Test
	void aHealthOfficeGetsItsOwnRegionOnlyAndOthersAreRefused() {
		WithUser.run(Role.HEALTH_OFFICE, "大北", () -> {
			Dashboard own = reports.dashboard(YEAR, null);
			assertThat(own.region()).isEqualTo("大北");
			assertThat(own.table("children-by-region").orElseThrow().rows()).extracting(StatRow::key).containsExactly("大北");
			assertThat(own.table("consultations-by-region").orElseThrow().rows()).extracting(StatRow::key)
				.containsExactly("大北");
			assertThatThrownBy(() -> reports.dashboard(YEAR, "木曽")).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> reports.annualWorkbook(YEAR, "木曽")).isInstanceOf(AccessDeniedException.class);
		});
		WithUser.run(Role.INSTITUTION, null,
				() -> assertThatThrownBy(() -> reports.dashboard(YEAR, null)).isInstanceOf(AccessDeniedException.class));
		WithUser.run(Role.ADMIN, null,
				() -> assertThatThrownBy(() -> reports.dashboard(YEAR, null)).isInstanceOf(AccessDeniedException.class));
	}

	private void fixture() {
		UUID a = child("見本", "ミホン", "204323", LocalDate.of(2024, 6, 1));
		UUID b = child("試験", "シケン", "204323", LocalDate.of(2022, 3, 31));
		UUID c = child("架空", "カクウ", "204323", LocalDate.of(2019, 1, 15));
		UUID d = child("想定", "ソウテイ", "204226", LocalDate.of(2012, 5, 1));
		child("模擬", "モギ", "202126", LocalDate.of(2010, 4, 1));
		UUID f = child("例示", "レイジ", "202126", LocalDate.of(2007, 12, 1));
		UUID g = child("仮置", "カリオキ", "202126", LocalDate.of(2018, 1, 1));
		child("新生", "シンセイ", "204323", LocalDate.of(2026, 5, 1));

		assess(a, LocalDate.of(2025, 5, 1), List.of(new CareSelection(1, 0, CareLevel.HIGH),
				new CareSelection(2, 0, CareLevel.HIGH)), List.of());
		assess(b, LocalDate.of(2025, 5, 1), List.of(new CareSelection(5, 0, CareLevel.LOW)), List.of());
		assess(c, LocalDate.of(2025, 5, 1), List.of(new CareSelection(7, 1, CareLevel.HIGH)), List.of());
		assess(d, LocalDate.of(2025, 5, 1), List.of(new CareSelection(4, 0, CareLevel.LOW)),
				List.of(new CareDevice(DeviceKind.OXYGEN_CONCENTRATOR, null, null, BigDecimal.ONE, true, null)));
		assess(f, LocalDate.of(2024, 5, 1), List.of(new CareSelection(1, 0, CareLevel.LOW)), List.of());
		assess(f, LocalDate.of(2025, 6, 1), List.of(new CareSelection(10, 0, CareLevel.LOW)), List.of());
		plan(b, MunicipalityPlanStatus.DONE, LocalDate.of(2025, 9, 1));
		plan(d, MunicipalityPlanStatus.NOT_STARTED, null);
		children.changeStatus(g, children.get(g).version(), ChildStatus.MOVED_OUT, LocalDate.of(2025, 10, 1), "（架空）転出");

		consultation("2025-03-31T15:30:00Z", ConsultationChannel.EMAIL, ConsulterType.SCHOOL, "202126", null,
				Set.of(ConsultationTopic.SCHOOLING), true);
		consultation("2025-04-01T00:30:00Z", ConsultationChannel.PHONE, ConsulterType.FAMILY, "204323", null,
				Set.of(ConsultationTopic.MEDICAL_CARE, ConsultationTopic.SCHOOLING), false);
		consultation("2025-08-10T01:00:00Z", ConsultationChannel.PHONE, ConsulterType.PROVIDER, null, "木曽",
				Set.of(ConsultationTopic.OTHER), true);
		consultation("2026-03-31T14:59:00Z", ConsultationChannel.VISIT, ConsulterType.FAMILY, "204226", null,
				Set.of(ConsultationTopic.DISASTER), false);
		consultation("2026-03-31T15:00:00Z", ConsultationChannel.PHONE, ConsulterType.FAMILY, "204226", null,
				Set.of(ConsultationTopic.DISASTER), false);
		consultation("2025-03-31T14:00:00Z", ConsultationChannel.PHONE, ConsulterType.FAMILY, "204226", null,
				Set.of(ConsultationTopic.DISASTER), false);
	}

	private UUID child(String family, String kana, String municipality, LocalDate born) {
		return children.register(new ChildInput(family, "統計", kana, "トウケイ", born, Sex.FEMALE, null, null,
				municipality, null, null, null, null, null, null, null, null, false, List.of()));
	}

	private void assess(UUID child, LocalDate on, List<CareSelection> items, List<CareDevice> devices) {
		care.record(child, new CareAssessmentInput(on, "（架空）医師意見書", items, devices, null));
	}

	private void plan(UUID child, MunicipalityPlanStatus status, LocalDate date) {
		plans.save(child, DisasterPlanView.NEW, new DisasterPlanInput(status, date, null, null, null, false, null, null,
				null, List.of(), null, null, date));
	}

	private void consultation(String at, ConsultationChannel channel, ConsulterType who, String municipality,
			String region, Set<ConsultationTopic> topics, boolean close) {
		UUID id = consultations.record(new ConsultationInput(Instant.parse(at), channel, who, null, null, municipality,
				region, ChildLink.UNKNOWN, null, topics, "（架空）統計の試験", null, null));
		if (close) {
			consultations.close(id, consultations.get(id).version());
		}
	}

	/** Row key → how much the first value column grew; rows that did not change are left out. */
	static Map<String, Long> change(Dashboard before, Dashboard after, String table) {
		return columnChange(before, after, table, 0);
	}

	static Map<String, Long> columnChange(Dashboard before, Dashboard after, String table, int column) {
		Map<String, Long> old = new HashMap<>();
		before.table(table).orElseThrow().rows().forEach(row -> old.put(row.key(), row.values().get(column)));
		Map<String, Long> grown = new HashMap<>();
		for (StatRow row : after.table(table).orElseThrow().rows()) {
			long delta = row.values().get(column) - old.getOrDefault(row.key(), 0L);
			if (delta != 0) {
				grown.put(row.key(), delta);
			}
		}
		return grown;
	}

	private static void assertWorkbookShows(byte[] xlsx, Dashboard dashboard) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("事業実績報告");
			for (ReportSectionView section : dashboard.sections()) {
				for (StatTable table : section.tables()) {
					Sheet sheet = sheetTitled(workbook, section.duty() + "　" + table.title());
					assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
					if (!table.available()) {
						assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("データ未整備");
						continue;
					}
					for (int r = 0; r < table.rows().size(); r++) {
						Row row = sheet.getRow(4 + r);
						StatRow expected = table.rows().get(r);
						assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.label());
						for (int v = 0; v < expected.values().size(); v++) {
							assertThat((long) row.getCell(v + 1).getNumericCellValue()).as("%s %s", table.id(), expected.key())
								.isEqualTo(expected.values().get(v));
						}
					}
				}
			}
		}
	}

	private static Sheet sheetTitled(Workbook workbook, String title) {
		for (Sheet sheet : workbook) {
			Row first = sheet.getRow(0);
			if (first != null && first.getCell(0) != null && title.equals(first.getCell(0).getStringCellValue())) {
				return sheet;
			}
		}
		throw new AssertionError("No sheet titled " + title);
	}

	private static void assertPdfShows(byte[] pdf, Dashboard dashboard) throws IOException {
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("事業実績報告", YEAR.label(), "データ未整備");
		List<String> missing = new ArrayList<>();
		for (String id : List.of("children-by-region", "children-by-care-class", "consultations-by-channel",
				"consultations-by-month")) {
			StatTable table = dashboard.table(id).orElseThrow();
			assertThat(text).contains(table.title());
			for (StatRow row : table.rows()) {
				Pattern line = Pattern.compile(Pattern.quote(row.label()) + "\\s+" + row.values().get(0) + "\\s*$",
						Pattern.MULTILINE);
				if (!line.matcher(text).find()) {
					missing.add(id + ": " + row.label() + " " + row.values().get(0));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	private static <T> T as(Role role, String region, java.util.function.Supplier<T> action) {
		List<T> result = new ArrayList<>(1);
		WithUser.run(role, region, () -> result.add(action.get()));
		return result.get(0);
	}
}
