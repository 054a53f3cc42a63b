package org.tsunagu.reporting.internal;

import java.time.LocalDate;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.identity.AccessScope;
import org.tsunagu.reporting.Dashboard;
import org.tsunagu.reporting.FiscalYear;
import org.tsunagu.reporting.Reports;
import org.tsunagu.shared.JapaneseDates;

/**
 * Dashboards and the annual report, role- and 圏域-checked; every file that leaves is in the audit log.
 */
@Service
@Transactional(readOnly = true)
class ReportService implements Reports {

	static final String TARGET = "Report";

	private final DashboardBuilder builder;

	private final ReportAccess access;

	private final MessageSource messages;

	private final AuditLog audit;

	private final AnnualReportWorkbook workbook;

	private final AnnualReportPdf pdf;

	private final DashboardCache cache;

	ReportService(DashboardBuilder builder, ReportAccess access, MessageSource messages, AuditLog audit,
			AnnualReportWorkbook workbook, AnnualReportPdf pdf, DashboardCache cache) {
		this.builder = builder;
		this.cache = cache;
		this.access = access;
		this.messages = messages;
		this.audit = audit;
		this.workbook = workbook;
		this.pdf = pdf;
	}

	@Override
	public Dashboard dashboard(FiscalYear year, @Nullable String region) {
		AccessScope scope = access.scopeFor(region);
		LocalDate today = JapaneseDates.today();
		Locale locale = LocaleContextHolder.getLocale();
		return cache.get(scope, region, year, today, locale);
	}

	@Override
	public byte[] annualWorkbook(FiscalYear year, @Nullable String region) {
		Dashboard report = japanese(year, region);
		audit.record(AuditAction.EXPORT, TARGET, "annual-" + year.startYear(), "事業実績報告 xlsx " + scopeText(report));
		return workbook.write(report);
	}

	@Override
	public byte[] annualPdf(FiscalYear year, @Nullable String region) {
		Dashboard report = japanese(year, region);
		audit.record(AuditAction.EXPORT, TARGET, "annual-" + year.startYear(), "事業実績報告 pdf " + scopeText(report));
		return pdf.write(report);
	}

	/** The annual report is a Japanese document whatever the screen language is. */
	private Dashboard japanese(FiscalYear year, @Nullable String region) {
		AccessScope scope = access.scopeFor(region);
		return builder.build(scope, region, year, JapaneseDates.today(), new Labels(messages, Locale.JAPANESE));
	}

	private static String scopeText(Dashboard report) {
		return report.region() == null ? "全圏域" : report.region();
	}
}
