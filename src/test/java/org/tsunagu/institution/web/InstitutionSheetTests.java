package org.tsunagu.institution.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.ContactInput;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.WaitingStatus;
import org.tsunagu.testsupport.StreamingOutput;

/**
 * The institution files are written while the institutions are still being read: a million CSV lines leave
 * before the last institution is read, and a workbook of 30,000 rows (the national count of institutions) keeps only its window of rows in memory.
 */
class InstitutionSheetTests {

	private static final int CSV_ROWS = 1_000_000;

	private static final int EXCEL_ROWS = 30_000;

	private final InstitutionSheet sheet = new InstitutionSheet(messages());

	@Test
	void writesAMillionCsvLinesWhileTheInstitutionsAreStillBeingRead() throws IOException {
		GeneratedRows rows = new GeneratedRows(CSV_ROWS, read -> {
		});
		StreamingOutput out = new StreamingOutput(() -> rows.read);

		sheet.writeCsv(rows, out);

		assertThat(out.lines()).as("header and one line per institution").isEqualTo(CSV_ROWS + 1);
		assertThat(out.readWhenFirstWritten()).as("the first bytes leave long before the last institution is read")
			.isBetween(0, 999);
		assertThat(out.mostRowsAhead()).as("institutions read but not yet written stay within the writer's buffer")
			.isLessThan(1_000);
	}

	@Test
	void keepsOnlyAWindowOfWorkbookRowsInMemoryWhileTheInstitutionsAreRead(@TempDir Path folder) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(InstitutionSheet.WINDOW);
		RowsInMemory memory = new RowsInMemory(workbook);
		GeneratedRows rows = new GeneratedRows(EXCEL_ROWS, memory::look);
		Path file = folder.resolve("institutions.xlsx");

		try (OutputStream out = Files.newOutputStream(file)) {
			sheet.writeExcel(rows, out, workbook);
		}

		assertThat(memory.readWhenFirstFlushed).as("rows go to disk long before the last institution is read")
			.isBetween(0, 999);
		assertThat(memory.most).as("rows in memory never exceed the window").isLessThanOrEqualTo(InstitutionSheet.WINDOW);
		assertThat(rowsInFile(file)).as("header and one row per institution").isEqualTo(EXCEL_ROWS + 1);
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		return messages;
	}

	/** Counts the {@code <row } elements of the workbook's sheet, reading the file as a stream. */
	private static long rowsInFile(Path xlsx) throws IOException {
		try (ZipFile zip = new ZipFile(xlsx.toFile());
				InputStream sheet = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
			return occurrences(sheet, "<row ".getBytes(StandardCharsets.US_ASCII));
		}
	}

	// The pattern starts with its only '<', so a mismatch restarts the match at most one byte back.
	private static long occurrences(InputStream in, byte[] pattern) throws IOException {
		long found = 0;
		int matched = 0;
		byte[] buffer = new byte[8192];
		for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
			for (int i = 0; i < n; i++) {
				matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
				if (matched == pattern.length) {
					found++;
					matched = 0;
				}
			}
		}
		return found;
	}

	/** Makes institutions one at a time, as the export's chunked read hands them over. */
	static final class GeneratedRows implements InstitutionSheet.Rows {

		private final int total;

		private final Consumer<Integer> beforeEach;

		int read;

		GeneratedRows(int total, Consumer<Integer> beforeEach) {
			this.total = total;
			this.beforeEach = beforeEach;
		}

		@Override
		public void forEach(Consumer<InstitutionDetails> row) {
			for (int i = 0; i < total; i++) {
				beforeEach.accept(read);
				read++;
				row.accept(institution(i));
			}
		}

		private static InstitutionDetails institution(int number) {
			return new InstitutionDetails(UUID.randomUUID(), 0, "見本短期入所" + number, "ミホンタンキニュウショ",
					InstitutionKind.SHORT_STAY, null, "000-0000", "架空町" + number, "202029", "松本市", "松本",
					"0000-00-0001", null, null, 0, 18, 4, WaitingStatus.ASK, LocalDate.of(2026, 4, 1), false, true,
					"（架空）", List.of(new ContactInput("見本 花子", "相談員", "0000-00-0002", null)),
					List.of(new CapabilityInput(1, Acceptance.ACCEPTS, null),
							new CapabilityInput(2, Acceptance.CONDITIONAL, "（架空）要相談")),
					false, null, null);
		}
	}

	/** Looks, before each institution is read, how many of the sheet's rows are still in memory. */
	static final class RowsInMemory {

		private final SXSSFWorkbook workbook;

		int readWhenFirstFlushed = -1;

		int most;

		RowsInMemory(SXSSFWorkbook workbook) {
			this.workbook = workbook;
		}

		void look(int read) {
			SXSSFSheet sheet = workbook.getSheetAt(0);
			if (readWhenFirstFlushed < 0 && sheet.getLastFlushedRowNum() >= 0) {
				readWhenFirstFlushed = read;
			}
			most = Math.max(most, sheet.getLastRowNum() - sheet.getLastFlushedRowNum());
		}
	}
}
