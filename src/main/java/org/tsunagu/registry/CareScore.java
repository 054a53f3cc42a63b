package org.tsunagu.registry;

import java.util.List;

/**
 * A computed 医療的ケア判定スコア: the total, its 区分 and the points of each row counted, in table order.
 */
public record CareScore(int total, CareClass careClass, List<CareScoreRow> rows) {

	public CareScore {
		rows = List.copyOf(rows);
		if (total != rows.stream().mapToInt(CareScoreRow::points).sum()) {
			throw new IllegalArgumentException("Total must be the sum of the rows");
		}
	}
}
