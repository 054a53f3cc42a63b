package org.tsunagu.consultation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;
import org.tsunagu.consultation.CaseDetails;
import org.tsunagu.consultation.CaseEntryView;
import org.tsunagu.consultation.CaseExports;
import org.tsunagu.consultation.CaseFilter;
import org.tsunagu.consultation.CaseListItem;
import org.tsunagu.consultation.CaseTaskView;
import org.tsunagu.consultation.ReferralView;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;

/**
 * The case summary PDF and the Excel list. Labels come from the Japanese messages; the audit detail names the
 * export, never the content.
 */
@Service
@Transactional(readOnly = true)
class CaseExportService implements CaseExports {

	static final int MAX_ROWS = 5000;

	private static final Set<Role> EXPORTERS = EnumSet.of(Role.CENTER_DIRECTOR, Role.CONSULTANT, Role.NURSE);

	private final CaseAccess access;

	private final CaseRepository cases;

	private final ConsultationRepository consultations;

	private final ReferralService referrals;

	private final MessageSource messages;

	private final AuditLog audit;

	CaseExportService(CaseAccess access, CaseRepository cases, ConsultationRepository consultations,
			ReferralService referrals, MessageSource messages, AuditLog audit) {
		this.access = access;
		this.cases = cases;
		this.consultations = consultations;
		this.referrals = referrals;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	public byte[] summaryPdf(UUID caseId) {
		checkExporter();
		ConsultationCase found = access.forView(caseId);
		CaseDetails c = CaseViews.details(found, access.today());
		Consultation consultation = consultations.findById(c.consultationId()).orElseThrow();
		try (PdfLines pdf = new PdfLines("相談ケース概要")) {
			pdf.heading(label("consultation.case.summary.title"), 18f);
			pdf.text(label("consultation.case.summary.printed") + " " + JapaneseDates.today());
			pdf.field(label("consultation.case.title"), c.title());
			pdf.field(label("consultation.region"), c.regionName());
			pdf.field(label("consultation.case.owner"), c.ownerName());
			pdf.field(label("consultation.case.status"), label("consultation.case.status." + c.status()));
			pdf.field(label("consultation.case.priority"), label("consultation.case.priority." + c.priority()));
			pdf.field(label("consultation.case.nextContactDue"), text(c.nextContactDue()));
			pdf.field(label("consultation.case.openedOn"), text(c.openedOn()));
			pdf.heading(label("consultation.section.content"), 13f);
			pdf.field(label("consultation.content"), consultation.getContent());
			pdf.field(label("consultation.answer"), text(consultation.getAnswer()));
			pdf.heading(label("consultation.case.timeline"), 13f);
			for (CaseEntryView e : c.timeline()) {
				pdf.field(e.occurredOn() + " " + label("consultation.case.entry." + e.kind()), entryText(e));
			}
			pdf.heading(label("consultation.case.tasks"), 13f);
			for (CaseTaskView t : c.tasks()) {
				pdf.field(t.done() ? label("consultation.case.task.done") : text(t.dueOn()), t.title());
			}
			pdf.heading(label("consultation.referral.title"), 13f);
			for (ReferralView r : referrals.referralsOf(caseId)) {
				pdf.field(r.referredOn().toString(), r.institutionName() + "：" + r.reason() + "（"
						+ (r.outcome() == null ? "—" : label("consultation.referral.outcome." + r.outcome())) + "）");
			}
			byte[] bytes = pdf.finish();
			audit.record(AuditAction.EXPORT, CaseAccess.TARGET, caseId.toString(), "summary pdf");
			return bytes;
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot print the case summary", exception);
		}
	}

	@Override
	public byte[] spreadsheet(CaseFilter filter) {
		checkExporter();
		LocalDate today = access.today();
		var spec = CaseSpecifications.matching(filter, access.worker().scope(), today);
		var rows = cases.findAll(spec, PageRequest.of(0, MAX_ROWS, Sort.by("openedOn").descending()))
			.map(c -> CaseViews.listItem(c, today))
			.getContent();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(label("consultation.case.list.title"));
			String[] headers = { "consultation.case.openedOn", "consultation.case.title", "consultation.region",
					"consultation.case.owner", "consultation.case.status", "consultation.case.priority",
					"consultation.case.nextContactDue", "consultation.case.overdue" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(label(headers[i]));
			}
			int index = 1;
			for (CaseListItem c : rows) {
				Row row = sheet.createRow(index++);
				row.createCell(0).setCellValue(c.openedOn().toString());
				row.createCell(1).setCellValue(c.title());
				row.createCell(2).setCellValue(c.regionName());
				row.createCell(3).setCellValue(c.ownerName());
				row.createCell(4).setCellValue(label("consultation.case.status." + c.status()));
				row.createCell(5).setCellValue(label("consultation.case.priority." + c.priority()));
				row.createCell(6).setCellValue(text(c.nextContactDue()));
				row.createCell(7).setCellValue(c.overdue() ? label("consultation.case.overdue") : "");
			}
			workbook.write(bytes);
			audit.record(AuditAction.EXPORT, CaseAccess.TARGET, null, "case list xlsx rows=" + rows.size());
			return bytes.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot write the case list", exception);
		}
	}

	private void checkExporter() {
		Role role = access.worker().role();
		if (!EXPORTERS.contains(role)) {
			throw new AccessDeniedException("Role " + role + " may not export cases");
		}
	}

	private String entryText(CaseEntryView e) {
		String with = e.counterpart() == null ? "" : e.counterpart() + "：";
		String channel = e.channel() == null ? "" : "［" + label("consultation.channel." + e.channel()) + "］";
		return channel + with + e.content();
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.JAPANESE);
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
