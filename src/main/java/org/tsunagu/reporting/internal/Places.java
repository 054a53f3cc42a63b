package org.tsunagu.reporting.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.identity.ScopeKind;
import org.tsunagu.reference.CareScoreItemView;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.reference.RegionView;

/**
 * The 圏域, 市町村 and 判定スコア categories that tables are laid out by, from the reference data (never
 * hard-coded), limited to what the caller's scope and filter cover.
 */
@Component
class Places {

	private final ReferenceData reference;

	Places(ReferenceData reference) {
		this.reference = reference;
	}

	/** The 圏域 the table covers, in the prefecture's order. */
	List<RegionView> regions(AccessScope scope, @Nullable String region) {
		String only = scope.kind() == ScopeKind.REGION ? scope.region() : region;
		return reference.regions(false)
			.stream()
			.filter(r -> only == null || only.isBlank() || r.name().equals(only))
			.toList();
	}

	/** The municipalities still in use of those 圏域, region by region, in code order. */
	List<MunicipalityView> municipalities(List<RegionView> regions) {
		return reference.activeMunicipalitiesByRegion(regions).values().stream().flatMap(List::stream).toList();
	}

	/** 判定スコア category number → its short name (the latest table version), in number order. */
	Map<Integer, String> careItems() {
		Map<Integer, CareScoreItemView> latest = new TreeMap<>();
		reference.careScoreItems()
			.stream()
			.sorted(Comparator.comparing(CareScoreItemView::effectiveFrom))
			.forEach(item -> latest.put(item.itemNo(), item));
		Map<Integer, String> names = new LinkedHashMap<>();
		latest.forEach((no, item) -> names.put(no, shortName(item.category())));
		return names;
	}

	/** 人工呼吸器の管理 (鼻マスク式…を含む) → 人工呼吸器の管理. */
	static String shortName(String category) {
		int cut = category.length();
		for (String mark : new String[] { " (", "(", "（" }) {
			int at = category.indexOf(mark);
			if (at > 0) {
				cut = Math.min(cut, at);
			}
		}
		return category.substring(0, cut).strip();
	}
}
