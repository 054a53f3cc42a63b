package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.NewUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.UserManagement;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Records of cases on a real database (H2 and PostgreSQL): documents kept and served back, the summary PDF
 * and the Excel list only for roles allowed to export (and audited), and supervisor dispatches from request to
 * follow-up, listed per supervisor and month.
 */
@DatabaseTest
class CaseRecordsIT {

	@Autowired
	CaseManagement cases;

	@Autowired
	CaseDocuments documents;

	@Autowired
	CaseExports exports;

	@Autowired
	DispatchManagement dispatches;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	UserManagement users;

	@Autowired
	AuditQueries audit;

	@Test
	void keepsADocumentAndServesItBackWithTheTypeOfItsExtension() {
		UUID id = openCase("（架空）資料試験の相談");
		WithUser.run(Role.NURSE, null, () -> {
			byte[] text = "（架空）主治医意見書の写し".getBytes(StandardCharsets.UTF_8);
			UUID document = documents.attach(id, "C:\\temp\\意見書.txt", "text/html", text);
			CaseDocuments.CaseDocumentFile file = documents.download(id, document);
			assertThat(file.fileName()).isEqualTo("意見書.txt");
			assertThat(file.contentType()).isEqualTo("text/plain");
			assertThat(file.data()).isEqualTo(text);
			assertThat(cases.get(id).documents()).singleElement().satisfies(d -> assertThat(d.size()).isEqualTo(text.length));
			assertThatThrownBy(() -> documents.attach(id, "page.html", "text/html", text))
				.isInstanceOf(IllegalArgumentException.class);
		});
	}

	@Test
	void exportsASummaryPdfAndAnExcelListOnlyForRolesAllowedAndAuditsThem() throws Exception {
		UUID id = openCase("（架空）出力試験の相談");
		WithUser.run(Role.CONSULTANT, null, () -> {
			byte[] pdf = exports.summaryPdf(id);
			try (var document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("相談ケース概要").contains("出力試験の相談");
			}
			catch (java.io.IOException exception) {
				throw new java.io.UncheckedIOException(exception);
			}
			byte[] xlsx = exports.spreadsheet(CaseFilter.none());
			assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		});
		WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			assertThatThrownBy(() -> exports.summaryPdf(id)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> exports.spreadsheet(CaseFilter.none())).isInstanceOf(AccessDeniedException.class);
		});
		assertThat(audit.findEntries(new AuditSearch(null, AuditAction.EXPORT, "ConsultationCase", id.toString(), null,
				null), Pageable.ofSize(5)))
			.isNotEmpty();
	}

	@Test
	void aDispatchGoesFromRequestToFollowUpAndIsListedPerSupervisorAndMonth() {
		UUID nurse = users.findUsers(Role.NURSE, "it-dispatch-nurse", Pageable.ofSize(1))
			.stream()
			.findFirst()
			.map(found -> found.id())
			.orElseGet(() -> users.createUserWithPassword(
					new NewUser("it-dispatch-nurse", "試験 派遣看護師", Role.NURSE, null, null), "Tsunagu-IT-password-2026"));
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> {
			id[0] = dispatches.request(new DispatchRequest(LocalDate.of(2026, 5, 1), "（架空）みほん保育園", "見本 担当",
					"（架空）みほん保育園", "松本", null, "（架空）たんの吸引", "（架空）5月中"));
			assertThatThrownBy(() -> dispatches.decide(id[0], 0, true, null)).isInstanceOf(AccessDeniedException.class);
		});
		WithUser.run(Role.CENTER_DIRECTOR, null, () -> dispatches.decide(id[0], 0, true, "（架空）派遣します"));
		WithUser.run(Role.CONSULTANT, null, () -> {
			long version = dispatches.get(id[0]).version();
			assertThatThrownBy(() -> dispatches.assign(id[0], version, nurse, "（架空）医師", LocalDate.of(2026, 5, 20)))
				.isInstanceOf(IllegalArgumentException.class);
			dispatches.assign(id[0], version, nurse, null, LocalDate.of(2026, 5, 20));
			dispatches.recordVisit(id[0], version + 1, "（架空）手順を確認した");
			dispatches.recordFollowUp(id[0], version + 2, "（架空）電話で確認した");
			assertThat(dispatches.get(id[0]).status()).isEqualTo(DispatchStatus.FOLLOWED_UP);
			assertThat(dispatches.search(new DispatchFilter("派遣看護師", YearMonth.of(2026, 5), null, null),
					Pageable.ofSize(10)))
				.extracting(DispatchView::id)
				.containsExactly(id[0]);
			assertThat(dispatches.search(new DispatchFilter("派遣看護師", YearMonth.of(2026, 6), null, null),
					Pageable.ofSize(10)))
				.isEmpty();
		});
		WithUser.run(Role.HEALTH_OFFICE, "長野",
				() -> assertThatThrownBy(() -> dispatches.get(id[0])).isInstanceOf(AccessDeniedException.class));
	}

	private UUID openCase(String content) {
		UUID[] id = new UUID[1];
		WithUser.run(Role.CONSULTANT, null, () -> {
			UUID consultation = consultations.record(ConsultationIT.call(content, "202029", null, "2026-06-10T00:30:00Z"));
			id[0] = cases.open(consultation, null, CasePriority.NORMAL, null);
		});
		return id[0];
	}
}
