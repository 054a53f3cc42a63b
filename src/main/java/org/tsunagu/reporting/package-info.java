/**
 * 統計・報告 (reporting): dashboards by 年度 and 圏域, the annual 事業実績報告 (Excel and PDF), aggregated data
 * for the prefecture with small-cell suppression, open data and the statistics API. It reads only counts from
 * the modules that own the records, except the audited person-level export for the センター長.
 */
@ApplicationModule(displayName = "統計・報告", allowedDependencies = { "shared", "shared :: web", "audit", "reference",
		"identity", "registry", "consultation", "training", "council" })
@NullMarked
package org.tsunagu.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
