package org.tsunagu.reporting.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;
import org.tsunagu.registry.ChildFigures;
import org.tsunagu.reporting.Dataset;
import org.tsunagu.reporting.DatasetKind;
import org.tsunagu.reporting.DatasetLevel;

/**
 * Lays the registry's counts out as a dataset for the prefecture or open data — places as rows, age bands or
 * care items as columns, a totals row — and suppresses small cells before anything is turned into text.
 */
@Component
class DatasetBuilder {

	static final String CODE_HEADER = "全国地方公共団体コード";

	private final ReferenceData reference;

	private final Places places;

	DatasetBuilder(ReferenceData reference, Places places) {
		this.reference = reference;
		this.places = places;
	}

	Dataset build(ChildFigures figures, List<RegionView> regions, DatasetLevel level, DatasetKind kind, LocalDate asOf) {
		List<Place> rows = level == DatasetLevel.REGION ? regionPlaces(regions) : municipalityPlaces(regions, figures);
		List<String> columns = new ArrayList<>();
		long[][] counts = new long[rows.size()][];
		if (kind == DatasetKind.AGE_BANDS) {
			for (int[] band : ChildrenSection.AGE_BANDS) {
				columns.add((band[1] < 0 ? band[0] + "歳以上" : band[0] + "〜" + band[1] + "歳") + "（人）");
			}
			for (int i = 0; i < rows.size(); i++) {
				counts[i] = ageBands(rows.get(i), figures);
			}
		}
		else {
			Map<Integer, String> items = places.careItems();
			items.values().forEach(name -> columns.add(name + "（人）"));
			for (int i = 0; i < rows.size(); i++) {
				counts[i] = careItems(rows.get(i), figures, List.copyOf(items.keySet()));
			}
		}
		boolean rowTotals = kind == DatasetKind.AGE_BANDS;
		if (rows.isEmpty()) {
			return new Dataset(title(level, kind), asOf, headers(level, columns, rowTotals), List.of(), legend(kind));
		}
		SuppressedTable table = SmallCellSuppression.apply(counts, rowTotals);
		List<List<String>> lines = new ArrayList<>();
		for (int r = 0; r < table.height(); r++) {
			List<String> line = new ArrayList<>();
			if (r < rows.size()) {
				Place place = rows.get(r);
				line.add(place.code());
				line.add(place.region());
				if (level == DatasetLevel.MUNICIPALITY) {
					line.add(place.name());
				}
			}
			else {
				line.add(prefectureCode());
				line.add(regions.size() == 1 ? regions.get(0).name() + "圏域計" : "合計");
				if (level == DatasetLevel.MUNICIPALITY) {
					line.add("");
				}
			}
			line.add(asOf.toString());
			for (int c = 0; c < table.width(); c++) {
				line.add(table.text(r, c));
			}
			lines.add(line);
		}
		return new Dataset(title(level, kind), asOf, headers(level, columns, rowTotals), lines, legend(kind));
	}

	private static List<String> headers(DatasetLevel level, List<String> columns, boolean rowTotals) {
		List<String> headers = new ArrayList<>(List.of(CODE_HEADER, "圏域名"));
		if (level == DatasetLevel.MUNICIPALITY) {
			headers.add("市区町村名");
		}
		headers.add("基準日");
		headers.addAll(columns);
		if (rowTotals) {
			headers.add("計（人）");
		}
		return headers;
	}

	private static String title(DatasetLevel level, DatasetKind kind) {
		return "医療的ケア児等の" + (level == DatasetLevel.REGION ? "圏域" : "市町村") + "別・"
				+ (kind == DatasetKind.AGE_BANDS ? "年齢別" : "医療的ケアの項目別") + "人数";
	}

	private static List<String> legend(DatasetKind kind) {
		List<String> legend = new ArrayList<>(List.of("<5: 1〜4人の区分（個人の特定を防ぐため数を伏せています）",
				"x: 合計などから <5 の区分が計算できないように伏せた区分",
				"児童台帳に在籍中の児童（基準日現在の満年齢、状態と医療的ケアは出力時点の台帳による）",
				"圏域の行の全国地方公共団体コードは、圏域を所管する県のコード"));
		if (kind == DatasetKind.CARE_ITEMS) {
			legend.add("1人の児童が複数の医療的ケアの項目に数えられるため、行の合計は人数になりません");
		}
		return legend;
	}

	private long[] ageBands(Place place, ChildFigures figures) {
		long[] row = new long[ChildrenSection.AGE_BANDS.length];
		for (String code : place.municipalityCodes()) {
			figures.agesByMunicipality().getOrDefault(code, Map.of()).forEach((age, count) -> {
				for (int b = 0; b < ChildrenSection.AGE_BANDS.length; b++) {
					int[] band = ChildrenSection.AGE_BANDS[b];
					if (age >= band[0] && (band[1] < 0 || age <= band[1])) {
						row[b] += count;
					}
				}
			});
		}
		return row;
	}

	private static long[] careItems(Place place, ChildFigures figures, List<Integer> items) {
		long[] row = new long[items.size()];
		for (String code : place.municipalityCodes()) {
			Map<Integer, Long> counts = figures.careItemsByMunicipality().getOrDefault(code, Map.of());
			for (int i = 0; i < items.size(); i++) {
				row[i] += counts.getOrDefault(items.get(i), 0L);
			}
		}
		return row;
	}

	/** Every municipality of the 圏域, retired ones included: old records keep their old code. */
	private List<Place> regionPlaces(List<RegionView> regions) {
		return regions.stream()
			.map(region -> new Place(prefectureCode(), region.name(), region.name(),
					reference.municipalities(region.name()).stream().map(m -> m.code().value()).toList()))
			.toList();
	}

	private List<Place> municipalityPlaces(List<RegionView> regions, ChildFigures figures) {
		List<Place> rows = new ArrayList<>();
		for (RegionView region : regions) {
			for (MunicipalityView m : reference.municipalities(region.name())) {
				String code = m.code().value();
				if (!m.retired() || figures.byMunicipality().containsKey(code)) {
					rows.add(new Place(code, region.name(), m.name(), List.of(code)));
				}
			}
		}
		return rows;
	}

	/** The prefecture's own 地方公共団体コード (20 → 200000), from the municipalities' codes. */
	String prefectureCode() {
		String prefix = reference.municipalities(null).get(0).code().prefectureCode() + "000";
		return prefix + MunicipalityCode.checkDigit(prefix);
	}

	private record Place(String code, String region, String name, List<String> municipalityCodes) {
	}
}
