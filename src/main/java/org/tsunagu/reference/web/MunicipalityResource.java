package org.tsunagu.reference.web;

import org.tsunagu.reference.MunicipalityView;

/**
 * A 市町村 in the JSON API.
 *
 * @param code the 6-digit 地方公共団体コード
 * @param name 長野市
 * @param kana ながのし
 * @param region the 圏域 name
 * @param retired whether the municipality no longer exists
 */
record MunicipalityResource(String code, String name, String kana, String region, boolean retired) {

	static MunicipalityResource of(MunicipalityView view) {
		return new MunicipalityResource(view.code().value(), view.name(), view.kana(), view.regionName(),
				view.retired());
	}
}
