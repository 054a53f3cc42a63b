package org.tsunagu.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReferenceFileParserTests {

	private static final Region KASOU = new Region("架空", "架空", "架空保健福祉事務所", "架空市", 1);

	@Test
	void readsAFileWithAByteOrderMark() {
		List<Region> regions = ReferenceFileParser.regions("regions.csv",
				new StringReader("\uFEFFregion,alias,office,office_city\n架空,架空別名,架空保健福祉事務所,架空市\n"));

		assertThat(regions).singleElement().satisfies(region -> {
			assertThat(region.getName()).isEqualTo("架空");
			assertThat(region.getSortOrder()).isEqualTo(1);
		});
	}

	@Test
	void namesTheFileLineAndValueOfAWrongCheckDigit() {
		String csv = "code,name,kana,region\n202011,架空一市,かくういちし,架空\n202012,架空二市,かくうにし,架空\n";

		assertThatThrownBy(() -> ReferenceFileParser.municipalities("municipalities.csv", new StringReader(csv),
				Map.of("架空", KASOU)))
			.isInstanceOf(ReferenceFileException.class)
			.hasMessageContaining("municipalities.csv")
			.hasMessageContaining("line 3")
			.hasMessageContaining("202012");
	}

	@Test
	void rejectsAMunicipalityOfAnUnknownRegion() {
		String csv = "code,name,kana,region\n202011,架空市,かくうし,どこにもない\n";

		assertThatThrownBy(() -> ReferenceFileParser.municipalities("municipalities.csv", new StringReader(csv),
				Map.of("架空", KASOU)))
			.hasMessageContaining("line 2")
			.hasMessageContaining("unknown region 'どこにもない'");
	}

	@Test
	void rejectsAFileWithoutTheExpectedColumns() {
		assertThatThrownBy(() -> ReferenceFileParser.departments("departments.csv",
				new StringReader("bureau,section\n架空部,架空課\n")))
			.hasMessageContaining("departments.csv, line 1")
			.hasMessageContaining("division");
	}

	@Test
	void readsADepartmentWithoutBureau() {
		List<Department> departments = ReferenceFileParser.departments("departments.csv",
				new StringReader("bureau,division,sort_order\n,架空センター,15\n"));

		assertThat(departments).singleElement().satisfies(department -> {
			assertThat(department.getBureau()).isNull();
			assertThat(department.getSortOrder()).isEqualTo(15);
		});
	}

	@Test
	void readsCareScoreRowsWithMissingWatchLevelsAsNull() {
		String csv = "no,category,sub_item,base,watch_high,watch_mid,watch_low\n6,ネブライザーの管理,,3,,,0\n";

		List<CareScoreItem> items = ReferenceFileParser.careScoreItems("care.csv", new StringReader(csv),
				LocalDate.of(2021, 4, 1));

		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.toView().watchHigh()).isNull();
			assertThat(item.toView().watchLow()).isZero();
			assertThat(item.toView().subItem()).isNull();
			assertThat(item.getEffectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 1));
		});
	}

	@Test
	void rejectsAnItemNumberOutsideTheSheet() {
		String csv = "no,category,sub_item,base,watch_high,watch_mid,watch_low\n15,架空のケア,,3,,,0\n";

		assertThatThrownBy(() -> ReferenceFileParser.careScoreItems("care.csv", new StringReader(csv),
				LocalDate.of(2021, 4, 1)))
			.hasMessageContaining("care.csv, line 2")
			.hasMessageContaining("'15'");
	}
}
