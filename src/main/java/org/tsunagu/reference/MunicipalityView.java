package org.tsunagu.reference;

/**
 * A 市町村 as other modules see it.
 *
 * @param code the 6-digit 地方公共団体コード
 * @param name 長野市
 * @param kana ながのし
 * @param regionName the 圏域 it belongs to
 * @param retired whether the municipality no longer exists (merged), kept for old records
 */
public record MunicipalityView(MunicipalityCode code, String name, String kana, String regionName, boolean retired) {
}
