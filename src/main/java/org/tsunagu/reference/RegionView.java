package org.tsunagu.reference;

import java.util.UUID;

/**
 * A 障がい保健福祉圏域 as other modules see it.
 *
 * @param id the region's id
 * @param name the 障がい福祉 name, unique in the prefecture (松本, 上小, 飯伊 …); modules store this name
 * @param alias the 地域振興局 name used in other prefectural contexts (上田, 南信州, 北アルプス …)
 * @param office the 保健福祉事務所 that runs the 圏域会議
 * @param officeCity where the office sits
 * @param sortOrder display order
 * @param retired whether the region is no longer used (kept for old records)
 */
public record RegionView(UUID id, String name, String alias, String office, String officeCity, int sortOrder,
		boolean retired) {
}
