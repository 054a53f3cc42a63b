package org.tsunagu.reference;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member department of the 庁内連携会議 (別表 of the 実施要綱) as other modules see it.
 *
 * @param id the department's id
 * @param bureau the 部局 (県民文化部 こども若者局 …), or null for a member outside the prefecture's bureaus
 * @param division the 課 or organisation (次世代サポート課, 長野県医療的ケア児等支援センター …)
 * @param sortOrder display order (the order of the 別表)
 * @param retired whether the department no longer takes part (kept for old meeting records)
 */
public record DepartmentView(UUID id, @Nullable String bureau, String division, int sortOrder, boolean retired) {

	/** 部局 and 課 as one label: 健康福祉部 障がい者支援課. */
	public String label() {
		return bureau == null ? division : bureau + " " + division;
	}
}
