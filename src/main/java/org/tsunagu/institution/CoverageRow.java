package org.tsunagu.institution;

import java.util.List;

/**
 * How many active coordinators cover one 圏域 and each of its municipalities.
 *
 * @param regionName 圏域
 * @param activeCoordinators active coordinators covering at least one of its municipalities
 * @param municipalities each municipality with its count, in the reference data's order
 */
public record CoverageRow(String regionName, int activeCoordinators, List<MunicipalityCoverage> municipalities) {

	/** The municipalities without any active coordinator. */
	public List<MunicipalityCoverage> gaps() {
		return municipalities.stream().filter(MunicipalityCoverage::isGap).toList();
	}

	/**
	 * One municipality.
	 *
	 * @param code 地方公共団体コード
	 * @param name 市町村名
	 * @param activeCoordinators active coordinators covering it
	 */
	public record MunicipalityCoverage(String code, String name, int activeCoordinators) {

		/** Whether nobody covers it. */
		public boolean isGap() {
			return activeCoordinators == 0;
		}
	}
}
