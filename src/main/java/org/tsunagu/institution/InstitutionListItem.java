package org.tsunagu.institution;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of the resource finder.
 *
 * @param id the institution's id
 * @param name 名称
 * @param kana フリガナ
 * @param kind 種別
 * @param municipalityName 市町村
 * @param regionName 圏域
 * @param acceptedItems the 判定スコア categories accepted (可 or 条件付き), in order
 * @param waitingStatus 空き状況
 * @param lastConfirmedOn when the entry was last confirmed
 * @param stale whether it was not confirmed for over a year
 * @param retired whether the entry is retired (廃止)
 */
public record InstitutionListItem(UUID id, String name, String kana, InstitutionKind kind, String municipalityName,
		String regionName, List<Integer> acceptedItems, @Nullable WaitingStatus waitingStatus,
		@Nullable LocalDate lastConfirmedOn, boolean stale, boolean retired) {
}
