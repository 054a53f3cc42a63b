package org.tsunagu.registry;

import java.util.Map;

/**
 * The registry in numbers. All "by" maps count children who are 在籍 ({@link ChildStatus#ENROLLED}) except
 * {@link #byStatus()}; keys with no child are absent.
 *
 * @param enrolled children 在籍
 * @param byRegion 圏域 name → children
 * @param byMunicipality 地方公共団体コード → children
 * @param byAge age in whole years on the reference day → children
 * @param byCareItem 判定スコア category 1–14 in the latest assessment → children (a child counts once per item)
 * @param byCareClass 区分 of the latest assessment → children (children without assessment are not here)
 * @param notAssessed children without any care assessment
 * @param byStatus registry status → children, all statuses
 * @param careItemsByMunicipality 地方公共団体コード → (category → children), for data provision
 * @param agesByMunicipality 地方公共団体コード → (age → children), for data provision
 * @param powerDependentByRegion 圏域 → children whose care depends on electric power
 * @param withoutPlanByRegion 圏域 → power-dependent children with no 個別避難計画 (none recorded, or 未作成)
 */
public record ChildFigures(long enrolled, Map<String, Long> byRegion, Map<String, Long> byMunicipality,
		Map<Integer, Long> byAge, Map<Integer, Long> byCareItem, Map<CareClass, Long> byCareClass, long notAssessed,
		Map<ChildStatus, Long> byStatus, Map<String, Map<Integer, Long>> careItemsByMunicipality,
		Map<String, Map<Integer, Long>> agesByMunicipality, Map<String, Long> powerDependentByRegion, Map<String, Long> withoutPlanByRegion) {

	public ChildFigures {
		byRegion = Map.copyOf(byRegion);
		byMunicipality = Map.copyOf(byMunicipality);
		byAge = Map.copyOf(byAge);
		byCareItem = Map.copyOf(byCareItem);
		byCareClass = Map.copyOf(byCareClass);
		byStatus = Map.copyOf(byStatus);
		careItemsByMunicipality = Map.copyOf(careItemsByMunicipality);
		agesByMunicipality = Map.copyOf(agesByMunicipality);
		powerDependentByRegion = Map.copyOf(powerDependentByRegion);
		withoutPlanByRegion = Map.copyOf(withoutPlanByRegion);
	}
}
