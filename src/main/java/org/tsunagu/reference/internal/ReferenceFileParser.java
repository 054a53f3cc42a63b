package org.tsunagu.reference.internal;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.reference.MunicipalityCode;

/**
 * Turns a prefecture's reference CSV files into (not yet saved) entities, checking every row: municipality
 * codes and their check digits, known regions, no duplicate keys. The first error stops the load.
 */
final class ReferenceFileParser {

	private ReferenceFileParser() {
	}

	/** 圏域 in file order: region,alias,office,office_city. */
	static List<Region> regions(String file, Reader reader) {
		Set<String> names = new HashSet<>();
		AtomicInteger order = new AtomicInteger();
		return ReferenceCsv.read(file, reader, List.of("region", "alias", "office", "office_city"), csv -> {
			String name = csv.required("region");
			if (!names.add(name)) {
				throw csv.error("region '" + name + "' appears twice");
			}
			return new Region(name, csv.required("alias"), csv.required("office"), csv.required("office_city"),
					order.incrementAndGet());
		});
	}

	/** 市町村: code,name,kana,region; every code valid, every region one of {@code regions}. */
	static List<Municipality> municipalities(String file, Reader reader, Map<String, Region> regions) {
		Set<String> codes = new HashSet<>();
		return ReferenceCsv.read(file, reader, List.of("code", "name", "kana", "region"), csv -> {
			String code = csv.required("code");
			if (!MunicipalityCode.isValid(code)) {
				throw csv.error("invalid municipality code '" + code + "' (6 digits with a check digit expected)");
			}
			if (!codes.add(code)) {
				throw csv.error("municipality code '" + code + "' appears twice");
			}
			String regionName = csv.required("region");
			Region region = regions.get(regionName);
			if (region == null) {
				throw csv.error("unknown region '" + regionName + "' (not in the regions file)");
			}
			return new Municipality(new MunicipalityCode(code), csv.required("name"), csv.required("kana"), region);
		});
	}

	/** 庁内連携会議 別表: bureau,division,sort_order (bureau may be empty). */
	static List<Department> departments(String file, Reader reader) {
		return ReferenceCsv.read(file, reader, List.of("bureau", "division", "sort_order"),
				csv -> new Department(csv.optional("bureau"), csv.required("division"), csv.integer("sort_order")));
	}

	/** 判定スコア rows in sheet order: no,category,sub_item,base,watch_high,watch_mid,watch_low[,effective_from]. */
	static List<CareScoreItem> careScoreItems(String file, Reader reader, LocalDate defaultEffectiveFrom) {
		AtomicInteger order = new AtomicInteger();
		return ReferenceCsv.read(file, reader,
				List.of("no", "category", "sub_item", "base", "watch_high", "watch_mid", "watch_low"), csv -> {
					int itemNo = csv.integer("no");
					if (itemNo < 1 || itemNo > 14) {
						throw csv.error("item number must be 1-14: '" + itemNo + "'");
					}
					return new CareScoreItem(new CareScoreItemView(itemNo, csv.required("category"),
							csv.optional("sub_item"), csv.integer("base"), csv.optionalInteger("watch_high"),
							csv.optionalInteger("watch_mid"), csv.optionalInteger("watch_low"),
							effectiveFrom(csv, defaultEffectiveFrom), order.incrementAndGet()));
				});
	}

	private static LocalDate effectiveFrom(ReferenceCsv csv, LocalDate fallback) {
		@Nullable String value = csv.optional("effective_from");
		try {
			return value == null ? fallback : LocalDate.parse(value);
		}
		catch (DateTimeParseException exception) {
			throw csv.error("effective_from is not a date (yyyy-MM-dd): '" + value + "'");
		}
	}
}
