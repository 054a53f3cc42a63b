package org.tsunagu.institution.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.tsunagu.identity.Role;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.ImportReport;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionFilter;
import org.tsunagu.institution.InstitutionListItem;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.InstitutionTransfer;
import org.tsunagu.shared.TabularFile;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Importing institutions on a real database (H2 and PostgreSQL): Shift_JIS and UTF-8 with BOM, a bad row
 * (nothing stored, the error names the line and column), re-import updating instead of duplicating, and an
 * Excel export that imports again unchanged.
 */
@DatabaseTest
@WithTsunaguUser(role = Role.CLERK)
class InstitutionImportIT {

	static final String HEADER = "名称,フリガナ,種別,事業所番号,市町村,所在地,電話,公開,医療的ケア1,医療的ケア2\r\n";

	@Autowired
	InstitutionTransfer transfer;

	@Autowired
	InstitutionManagement institutions;

	@Autowired
	InstitutionSheet sheet;

	@Test
	void importsShiftJisAndThenUpdatesByOfficeNumberInsteadOfDuplicating() throws Exception {
		String csv = HEADER + "試験インポート短期入所,しけんいんぽーと,短期入所,0000009001,松本市,架空町1-1,0000-00-9001,掲載可,可,不可\r\n"
				+ "試験インポート訪問看護,ｼｹﾝｲﾝﾎﾟｰﾄﾎｳﾓﾝ,訪問看護ステーション,,塩尻市,架空町2-2,,掲載しない,条件付き,\r\n";

		ImportReport first = transfer.importTable(table("a.csv", csv.getBytes(Charset.forName("windows-31j"))));

		assertThat(first.problems()).isEmpty();
		assertThat(first.created()).isEqualTo(2);
		InstitutionDetails stay = only("試験インポート短期入所");
		assertThat(stay.kana()).isEqualTo("シケンインポート");
		assertThat(stay.regionName()).isEqualTo("松本");
		assertThat(stay.publicListing()).isTrue();
		assertThat(stay.capability(1).acceptance()).isEqualTo(Acceptance.ACCEPTS);

		String again = "名称,フリガナ,種別,事業所番号,市町村,空き状況,医療的ケア2\r\n"
				+ "試験インポート短期入所（改称）,しけんいんぽーと,短期入所,0000009001,松本市,空きあり,可\r\n"
				+ "試験インポート訪問看護,しけんいんぽーとほうもん,訪問看護ステーション,,塩尻市,,\r\n";
		ImportReport second = transfer.importTable(table("b.csv", again.getBytes(StandardCharsets.UTF_8)));

		assertThat(second.created()).isZero();
		assertThat(second.updated()).isEqualTo(1);
		assertThat(second.unchanged()).isEqualTo(1);
		InstitutionDetails renamed = only("試験インポート短期入所");
		assertThat(renamed.id()).isEqualTo(stay.id());
		assertThat(renamed.name()).as("NFKC, as the form stores it").isEqualTo("試験インポート短期入所(改称)");
		assertThat(renamed.capability(1).acceptance()).as("a column not in the file is kept").isEqualTo(Acceptance.ACCEPTS);
		assertThat(renamed.capability(2).acceptance()).isEqualTo(Acceptance.ACCEPTS);
		assertThat(renamed.phone()).isEqualTo("0000-00-9001");
	}

	@Test
	void aBadRowStoresNothingAndNamesItsLineAndColumn() throws Exception {
		String csv = HEADER + "試験インポート正常,しけんせいじょう,保育所,,松本市,,,,,\r\n"
				+ "試験インポート誤り,しけんあやまり,宇宙センター,12345,松本市,,,,たぶん,\r\n";
		byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);

		ImportReport report = transfer.importTable(table("c.csv", bom));

		assertThat(report.stored()).isFalse();
		assertThat(report.problems()).extracting(p -> p.line() + ":" + p.column() + ":" + p.messageKey())
			.containsExactly("3:種別:institution.import.kind", "3:事業所番号:institution.import.officeNumber",
					"3:医療的ケア1:institution.import.acceptance");
		assertThat(names("試験インポート正常")).as("all or nothing").isEmpty();
	}

	@Test
	void readsBomUtf8AndMatchesByNameMunicipalityAndAddress() throws Exception {
		String csv = "\uFEFF名称,フリガナ,種別,市町村コード,所在地\r\n試験インポート保育園,しけんほいくえん,保育所,202151,架空町5-5\r\n";
		assertThat(transfer.importTable(table("d.csv", csv.getBytes(StandardCharsets.UTF_8))).created()).isEqualTo(1);

		ImportReport again = transfer.importTable(table("d.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(names("試験インポート保育園")).hasSize(1);
	}

	@Test
	void anExcelExportImportsAgainUnchanged() throws Exception {
		String csv = HEADER + "試験インポート往復,しけんおうふく,短期入所,0000009002,長野市,=架空町,0000-00-9002,掲載可,条件付き,可\r\n";
		transfer.importTable(table("e.csv", csv.getBytes(StandardCharsets.UTF_8)));
		InstitutionFilter filter = new InstitutionFilter("試験インポート往復", null, null, null, null, List.of(), false);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		sheet.writeExcel(row -> transfer.export(filter, row), xlsx);

		ImportReport report = transfer.importTable(TabularFile.read("e.xlsx", xlsx.toByteArray()));

		assertThat(report.problems()).isEmpty();
		assertThat(report.unchanged()).isEqualTo(1);
		assertThat(only("試験インポート往復").address()).isEqualTo("=架空町");
	}

	private static TabularFile table(String name, byte[] content) throws Exception {
		return TabularFile.read(name, content);
	}

	private List<InstitutionListItem> names(String text) {
		return institutions.search(new InstitutionFilter(text, null, null, null, null, List.of(), false),
				Pageable.ofSize(10)).getContent();
	}

	private InstitutionDetails only(String text) {
		List<InstitutionListItem> found = names(text);
		assertThat(found).hasSize(1);
		return institutions.get(found.get(0).id());
	}
}
