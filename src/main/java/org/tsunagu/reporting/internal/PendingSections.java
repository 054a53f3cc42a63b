package org.tsunagu.reporting.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.reporting.StatTable;

/**
 * Sections whose source module has not landed yet: each says 「データ未整備」 in the dashboard and the
 * annual report instead of showing invented numbers. When a module lands, its bean here is replaced by a
 * section that reads that module's statistics API (see docs/reporting.md).
 */
@Configuration(proxyBeanMethods = false)
class PendingSections {

	@Bean
	ReportSection informationSection() {
		return pending("information", "エ", 45, "information-published");
	}

	@Bean
	ReportSection prefectureSection() {
		return pending("prefecture", "オ", 50, "data-provisions");
	}

	static ReportSection pending(String id, String duty, int order, String... tableIds) {
		return new ReportSection() {

			@Override
			public String id() {
				return id;
			}

			@Override
			public String duty() {
				return duty;
			}

			@Override
			public int order() {
				return order;
			}

			@Override
			public String titleKey() {
				return "reporting.section." + id;
			}

			@Override
			public List<StatTable> tables(SectionContext context) {
				return java.util.Arrays.stream(tableIds)
					.map(table -> StatTable.missing(table, context.labels().get("reporting.table." + table),
							context.labels().get("reporting.missing.module")))
					.toList();
			}
		};
	}
}
