package org.tsunagu.training;

import org.jspecify.annotations.Nullable;
import org.tsunagu.identity.AccessScope;

/**
 * 統計: counts of training applications and completions for reports — numbers by course and 圏域 only, never
 * a person. The caller passes the scope it has already decided (a health office's own 圏域, matched against
 * the applicant's 圏域), so this API never widens what a user sees.
 */
public interface TrainingStatistics {

	/**
	 * Applications to the offerings of one 年度.
	 *
	 * @param scope whose applicants may be counted (an organisation scope counts none)
	 * @param region one 圏域, or null for every 圏域 within the scope
	 * @param fiscalYear the 年度 of the offerings (its starting calendar year)
	 */
	TrainingFigures count(AccessScope scope, @Nullable String region, int fiscalYear);
}
