package org.tsunagu.council;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A council in a list.
 *
 * @param id the council's id
 * @param kind 全県, 圏域 or 庁内
 * @param name the council's name
 * @param regionName the 圏域 of a 圏域会議
 * @param holder who holds it (the 保健福祉事務所 of a 圏域会議)
 * @param supportCouncilSection whether it is held as a 部会 of the 自立支援協議会
 * @param mayManage whether the current user may manage it
 */
public record CouncilSummary(UUID id, CouncilKind kind, String name, @Nullable String regionName, String holder,
		boolean supportCouncilSection, boolean mayManage) {
}
