package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.CareScoreRow;
import org.tsunagu.registry.CareSelection;
import org.tsunagu.registry.InvalidCareSelectionException;

/**
 * Computes the 医療的ケア判定スコア from one version of the item table (reference data, never hard-coded
 * points): Σ (基本 + 見守り) over the rows selected, with the counting rules of the table's notes.
 * <ul>
 * <li>A row counts once, however often it is selected; this is what makes the 人工呼吸器 group (ventilator,
 * NPPV, high flow …) one item, and 経管栄養 (1) one item whatever the route. The highest level chosen wins.</li>
 * <li>人工呼吸器 together with 気管切開: the 気管切開's 見守り is not added, only its 基本.</li>
 * </ul>
 */
final class CareScoreCalculator {

	static final int VENTILATOR = 1;

	static final int TRACHEOSTOMY = 2;

	private final Map<RowKey, CareItemOption> rows = new LinkedHashMap<>();

	private final CareScoreSettings settings;

	CareScoreCalculator(List<CareScoreItemView> table, CareScoreSettings settings) {
		this.settings = settings;
		for (CareScoreItemView item : table) {
			CareItemOption option = new CareItemOption(item.itemNo(), subItemNumber(table, item), item.category(),
					item.subItem(), item.base(), item.watchHigh(), item.watchMid(), item.watchLow());
			rows.put(new RowKey(option.itemNo(), option.subItem()), option);
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("The care score table is empty");
		}
	}

	/** The calculator for the table version in force on a date (the oldest version before any). */
	static CareScoreCalculator on(LocalDate date, List<CareScoreItemView> allVersions, CareScoreSettings settings) {
		LocalDate effective = allVersions.stream()
			.map(CareScoreItemView::effectiveFrom)
			.filter(from -> !from.isAfter(date))
			.max(Comparator.naturalOrder())
			.orElseGet(() -> allVersions.stream()
				.map(CareScoreItemView::effectiveFrom)
				.min(Comparator.naturalOrder())
				.orElse(date));
		List<CareScoreItemView> table = allVersions.stream()
			.filter(item -> item.effectiveFrom().equals(effective))
			.sorted(Comparator.comparingInt(CareScoreItemView::sortOrder))
			.toList();
		return new CareScoreCalculator(table, settings);
	}

	/** The rows of the table in sheet order. */
	List<CareItemOption> options() {
		return List.copyOf(rows.values());
	}

	/**
	 * The score of a selection.
	 *
	 * @throws InvalidCareSelectionException for a row or 見守り level the table does not have
	 */
	CareScore calculate(Collection<CareSelection> selections) {
		Map<RowKey, CareLevel> chosen = merge(selections);
		boolean ventilated = chosen.keySet().stream().anyMatch(key -> key.itemNo() == VENTILATOR);
		List<CareScoreRow> scored = new ArrayList<>();
		for (Map.Entry<RowKey, CareItemOption> row : rows.entrySet()) {
			CareLevel level = chosen.get(row.getKey());
			if (level != null) {
				boolean watchWaived = ventilated && row.getKey().itemNo() == TRACHEOSTOMY;
				scored.add(score(row.getValue(), level, watchWaived));
			}
		}
		int total = scored.stream().mapToInt(CareScoreRow::points).sum();
		return new CareScore(total, settings.classify(total), scored);
	}

	private Map<RowKey, CareLevel> merge(Collection<CareSelection> selections) {
		Map<RowKey, CareLevel> chosen = new LinkedHashMap<>();
		for (CareSelection selection : selections) {
			RowKey key = new RowKey(selection.itemNo(), selection.subItem());
			CareItemOption option = rows.get(key);
			if (option == null) {
				throw new InvalidCareSelectionException("No care score row " + selection.itemNo() + "-"
						+ selection.subItem() + " (sub-item 0 for a category without sub-items)");
			}
			if (option.watch(selection.level()) == null) {
				throw new InvalidCareSelectionException("Care score row " + selection.itemNo() + "-"
						+ selection.subItem() + " has no 見守り level " + selection.level() + "; it has "
						+ option.levels());
			}
			// The same row twice (two ventilation devices, two feeding routes) counts once, at the higher level.
			chosen.merge(key, selection.level(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
		}
		return chosen;
	}

	private static CareScoreRow score(CareItemOption option, CareLevel level, boolean watchWaived) {
		int watch = watchWaived ? 0 : Objects.requireNonNull(option.watch(level));
		return new CareScoreRow(option.itemNo(), option.subItem(), option.category(), option.subItemLabel(), level,
				option.base(), watch, option.base() + watch);
	}

	/** 0 for a category with one row and no sub-item text, else the row's position in its category. */
	private static int subItemNumber(List<CareScoreItemView> table, CareScoreItemView item) {
		List<CareScoreItemView> category = table.stream().filter(row -> row.itemNo() == item.itemNo()).toList();
		if (category.size() == 1 && item.subItem() == null) {
			return 0;
		}
		return category.indexOf(item) + 1;
	}

	/** A row of the table: category and sub-item number. */
	record RowKey(int itemNo, int subItem) {
	}
}
