package org.tsunagu;

import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.SpreadsheetText;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Injection payloads through the files staff exchange with spreadsheets: the institution CSV import stores them
 * as text, and every CSV export (institutions, audit log) writes a cell a spreadsheet would run as a formula
 * with a leading apostrophe; Excel exports (institutions, cases) write text cells, never formulas.
 */
@DatabaseTest
class SpreadsheetInjectionIT {

	/** Makes the imported institutions easy to find again (kana of 試験注入). */
	static final String MARK = "試験注入機関";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	CaseManagement cases;

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.tsunagu.InjectionPayloads#all")
	@WithTsunaguUser(role = Role.CLERK)
	void institutionImportKeepsThePayloadAndTheExportsDefuseIt(String payload) throws Exception {
		String name = payload + MARK;
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.EXCEL)) {
			printer.printRecord("名称", "フリガナ", "種別", "市町村", "備考");
			printer.printRecord(name, "しけんちゅうにゅう", "短期入所", "松本市", payload);
		}
		MockHttpServletResponse imported = mvc.perform(multipart("/institutions/import")
			.file(new MockMultipartFile("file", "institutions.csv", "text/csv",
					csv.toString().getBytes(StandardCharsets.UTF_8)))
			.with(csrf())).andReturn().getResponse();
		assertThat(imported.getRedirectedUrl()).as("imported without problems").isEqualTo("/institutions/import");

		List<CSVRecord> rows = csvRows(mvc.perform(get("/institutions/export.csv").param("q", MARK).with(justNow())).andReturn()
			.getResponse());
		assertThat(rows).as("the CSV cells, defused").anySatisfy(row -> {
			assertThat(row.get("名称")).isEqualTo(SpreadsheetText.defuse(name));
			assertThat(row.get("備考")).isEqualTo(SpreadsheetText.defuse(payload));
		});
		byte[] xlsx = mvc.perform(get("/institutions/export.xlsx").param("q", MARK).with(justNow())).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(textCellsOfColumn(xlsx, 0)).contains(SpreadsheetText.defuse(name));
		String finder = mvc.perform(get("/institutions").param("q", MARK)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		InjectionPayloads.assertShownAsText(finder, name);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.tsunagu.InjectionPayloads#all")
	@WithTsunaguUser(role = Role.ADMIN)
	void auditCsvExportDefusesFormulas(String payload) throws Exception {
		String target = UUID.randomUUID().toString();
		audit.record(AuditAction.LOGIN_FAILURE, "InjectionProbe", target, payload);

		List<CSVRecord> rows = csvRows(mvc.perform(get("/admin/audit/export").param("targetId", target).with(justNow()))
			.andReturn().getResponse());

		assertThat(rows).singleElement().satisfies(row -> assertThat(row.get(5)).isEqualTo(SpreadsheetText.defuse(payload)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.tsunagu.InjectionPayloads#all")
	@WithTsunaguUser(role = Role.CONSULTANT)
	void caseExcelListWritesTitlesAsTextNeverAsFormulas(String payload) throws Exception {
		UUID consultation = consultations.record(InjectionPayloadsIT.call(payload + "\n（架空）注入試験"));
		cases.open(consultation, null, CasePriority.NORMAL, null);

		MockHttpServletResponse response = mvc.perform(get("/consultations/cases/export.xlsx").with(justNow())).andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		// The title is the first line of the content, cut after 40 characters.
		String title = payload.length() > 40 ? payload.substring(0, 40) + "…" : payload;
		assertThat(textCellsOfColumn(response.getContentAsByteArray(), 1)).contains(title);
	}

	/** The CSV's records after the byte order mark, with the first line as header. */
	private static List<CSVRecord> csvRows(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

	/** The text of a column's cells below the header; fails on a formula cell anywhere in that column. */
	private static List<String> textCellsOfColumn(byte[] xlsx, int column) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Cell> cells = new java.util.ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				if (row.getRowNum() > 0 && row.getCell(column) != null) {
					cells.add(row.getCell(column));
				}
			}
			assertThat(cells).extracting(Cell::getCellType).containsOnly(CellType.STRING);
			return cells.stream().map(Cell::getStringCellValue).toList();
		}
	}
}
