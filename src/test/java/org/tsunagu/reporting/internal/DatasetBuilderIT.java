package org.tsunagu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.registry.ChildFigures;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.reporting.DatasetKind;
import org.tsunagu.reporting.DatasetLevel;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Datasets for the prefecture laid out on the real reference data (圏域, 市町村, 判定スコア items) from
 * hand-made counts, with the suppression worked out by hand.
 */
@DatabaseTest
class DatasetBuilderIT {

	static final LocalDate DAY = LocalDate.of(2026, 3, 31);

	@Autowired
	DatasetBuilder builder;

	@Autowired
	Places places;

	@Test
	void careItemsByRegionHideASmallCountAndTheSmallestOtherCountOfItsColumn() {
		// 人工呼吸器: 木曽 3, 大北 9 (total 12); 吸引: 木曽 7 + 8 = 15.
		ChildFigures figures = figures(Map.of("204323", Map.of(1, 3L, 5, 7L), "204226", Map.of(5, 8L),
				"202126", Map.of(1, 9L)), Map.of());

		Dataset dataset = builder.build(figures, places.regions(AccessScope.all(), null), DatasetLevel.REGION,
				DatasetKind.CARE_ITEMS, DAY);

		assertThat(dataset.headers()).startsWith("全国地方公共団体コード", "圏域名", "基準日", "人工呼吸器の管理（人）",
				"気管切開の管理（人）");
		assertThat(row(dataset, "木曽")).startsWith("200000", "木曽", "2026-03-31", "<5", "0", "0", "0", "15");
		assertThat(row(dataset, "大北")).startsWith("200000", "大北", "2026-03-31", "x", "0", "0", "0", "0");
		assertThat(row(dataset, "合計")).startsWith("200000", "合計", "2026-03-31", "12", "0", "0", "0", "15");
		assertThat(dataset.rows()).hasSize(11);
	}

	@Test
	void ageBandsByMunicipalityHideTheRectangleThatWouldGiveAwayASmallCount() {
		// 木曽町: 2 children aged 1, 6 aged 7 (8); 上松町: 5 aged 7, 6 aged 13 (11). The 2 is hidden, and so are
		// the cells that would give it away through the row total 8 and the column total.
		ChildFigures figures = figures(Map.of(), Map.of("204323", Map.of(1, 2L, 7, 6L), "204226", Map.of(7, 5L, 13, 6L)));

		Dataset dataset = builder.build(figures, places.regions(AccessScope.region("木曽"), null),
				DatasetLevel.MUNICIPALITY, DatasetKind.AGE_BANDS, DAY);

		assertThat(dataset.headers()).containsExactly("全国地方公共団体コード", "圏域名", "市区町村名", "基準日", "0〜2歳（人）",
				"3〜5歳（人）", "6〜11歳（人）", "12〜14歳（人）", "15〜17歳（人）", "18歳以上（人）", "計（人）");
		assertThat(row(dataset, "木曽町")).containsExactly("204323", "木曽", "木曽町", "2026-03-31", "<5", "0", "x", "0",
				"0", "0", "8");
		assertThat(row(dataset, "上松町")).containsExactly("204226", "木曽", "上松町", "2026-03-31", "0", "0", "5", "6",
				"0", "0", "11");
		assertThat(dataset.rows().get(dataset.rows().size() - 1)).containsExactly("200000", "木曽圏域計", "",
				"2026-03-31", "<5", "0", "x", "6", "0", "0", "19");
	}

	@Test
	void csvIsUtf8WithByteOrderMarkAndOnlyTheTable() {
		ChildFigures figures = figures(Map.of("204323", Map.of(1, 3L)), Map.of());
		Dataset dataset = builder.build(figures, places.regions(AccessScope.all(), null), DatasetLevel.REGION,
				DatasetKind.CARE_ITEMS, DAY);

		byte[] csv = DatasetFiles.csv(dataset);

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).startsWith("全国地方公共団体コード,圏域名,基準日,人工呼吸器の管理（人）,");
		assertThat(lines).hasSize(12);
		assertThat(String.join("\n", lines)).doesNotContain(",3,");
	}

	private static List<String> row(Dataset dataset, String name) {
		return dataset.rows().stream().filter(row -> row.contains(name)).findFirst().orElseThrow();
	}

	private static ChildFigures figures(Map<String, Map<Integer, Long>> items, Map<String, Map<Integer, Long>> ages) {
		return new ChildFigures(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, Map.of(), items, ages, Map.of(),
				Map.of());
	}
}
