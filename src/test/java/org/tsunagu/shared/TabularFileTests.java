package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularFileTests {

	private static final String CSV = "氏,名,市町村コード\n見本,花子,202029\n試験,太郎,202011\n";

	@Test
	void readsUtf8WithAndWithoutBom() throws IOException {
		byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[plain.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(plain, 0, bom, 3, plain.length);

		assertThat(TabularFile.read("a.csv", plain).header()).containsExactly("氏", "名", "市町村コード");
		assertThat(TabularFile.read("a.csv", bom).header()).containsExactly("氏", "名", "市町村コード");
		assertThat(TabularFile.read("a.csv", bom).rows()).containsExactly(List.of("見本", "花子", "202029"),
				List.of("試験", "太郎", "202011"));
	}

	@Test
	void detectsShiftJisAsExcelWritesIt() throws IOException {
		TabularFile file = TabularFile.read("survey.csv", CSV.getBytes(TabularFile.SHIFT_JIS));

		assertThat(file.rows().get(0)).containsExactly("見本", "花子", "202029");
	}

	@Test
	void readsTheFirstSheetOfAnExcelWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("調査票");
			var header = sheet.createRow(0);
			header.createCell(0).setCellValue("氏");
			header.createCell(1).setCellValue("市町村コード");
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("見本");
			row.createCell(1).setCellValue(202029);
			workbook.write(out);
		}

		TabularFile file = TabularFile.read("survey.xlsx", out.toByteArray());

		assertThat(file.header()).containsExactly("氏", "市町村コード");
		assertThat(file.rows()).containsExactly(List.of("見本", "202029"));
	}

	@Test
	void padsShortRowsAndSkipsBlankOnes() throws IOException {
		TabularFile file = TabularFile.read("a.csv", "氏,名,市町村コード\n見本\n,,\n".getBytes(StandardCharsets.UTF_8));

		assertThat(file.rows()).containsExactly(List.of("見本", "", ""));
	}

	@Test
	void refusesEmptyAndBrokenFiles() {
		assertThatThrownBy(() -> TabularFile.read("a.csv", new byte[0])).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TabularFile.read("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TabularFile.read("a.csv", new byte[TabularFile.MAX_BYTES + 1]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesFilesThatAreNeitherCsvNorExcelByName() {
		byte[] csv = "氏,名\n見本,花子\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> TabularFile.read("survey.html", csv)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TabularFile.read("survey.exe", csv)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TabularFile.read("survey", csv)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesABinaryRenamedToCsv() {
		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		assertThatThrownBy(() -> TabularFile.read("survey.csv", program)).isInstanceOf(IllegalArgumentException.class);
	}
}
