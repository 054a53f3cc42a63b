package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import jakarta.servlet.RequestDispatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.consultation.CaseDocumentView;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Injection payloads (SQL, XSS, path traversal, spreadsheet formulas) sent to the searches, filters and forms
 * that take free text: never a 500, never a stack trace or SQL error in the answer, the text shown escaped and
 * stored exactly as typed. Imports and exports: {@link SpreadsheetInjectionIT}.
 */
@DatabaseTest
@WithTsunaguUser(role = Role.CONSULTANT)
class InjectionPayloadsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	CaseManagement cases;

	/** Every free-text search or filter, with its parameter. */
	static Stream<Arguments> searchesAndPayloads() {
		Stream<String[]> searches = Stream.of(new String[] { "/consultations/search", "q" },
				new String[] { "/consultations", "q" }, new String[] { "/children", "q" },
				new String[] { "/institutions", "q" }, new String[] { "/public/resources", "q" });
		return searches.flatMap(search -> InjectionPayloads.all().map(p -> Arguments.of(search[0], search[1], p)));
	}

	@ParameterizedTest(name = "{0}?{1}={2}")
	@MethodSource("searchesAndPayloads")
	void searchPagesAnswerEveryPayloadCalmlyAndEscaped(String path, String parameter, String payload) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).param(parameter, payload)).andReturn().getResponse();

		assertThat(response.getStatus()).isLessThan(500);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		InjectionPayloads.assertNoLeak(html);
		if (InjectionPayloads.isMarkup(payload)) {
			assertThat(html).doesNotContain(payload);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.tsunagu.InjectionPayloads#all")
	void searchApiAnswersEveryPayloadWithAPageOrAProblem(String payload) throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/search").param("q", payload)
			.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();

		assertThat(response.getStatus()).isLessThan(500);
		InjectionPayloads.assertNoLeak(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.tsunagu.InjectionPayloads#all")
	void consultationIntakeStoresThePayloadAsTypedAndShowsItAsText(String payload) throws Exception {
		String location = mvc.perform(post("/consultations/new").with(csrf())
			.param("receivedAt", "2026-04-01T09:30")
			.param("channel", "PHONE")
			.param("consulterType", "FAMILY")
			.param("consulterName", payload)
			.param("municipalityCode", "202029")
			.param("childLink", "UNKNOWN")
			.param("topics", "SCHOOLING")
			.param("content", payload + "\n（架空）注入試験の相談"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).as("the form was accepted").startsWith("/consultations/");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		// MockMvc leaves no logged-in user behind: read back as a consultant of our own.
		WithUser.run(Role.CONSULTANT, null, () -> {
			assertThat(consultations.get(id).consulterName()).isEqualTo(payload);
			assertThat(consultations.get(id).content()).isEqualTo(payload + "\n（架空）注入試験の相談");
		});
		MockHttpServletResponse page = mvc.perform(get(location)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString(StandardCharsets.UTF_8);
		InjectionPayloads.assertNoLeak(html);
		InjectionPayloads.assertShownAsText(html, payload);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.tsunagu.InjectionPayloads#all")
	void caseDocumentNamesLoseEveryPathAndDownloadAsAttachments(String payload) throws Exception {
		UUID consultation = consultations.record(call("（架空）文書名の注入試験"));
		UUID caseId = cases.open(consultation, null, CasePriority.NORMAL, null);
		MockMultipartFile file = new MockMultipartFile("file", payload + ".txt", "text/html",
				"（架空）経過メモ".getBytes(StandardCharsets.UTF_8));

		mvc.perform(multipart("/consultations/cases/{id}/documents", caseId).file(file).with(csrf()));

		CaseDocumentView[] documents = new CaseDocumentView[1];
		WithUser.run(Role.CONSULTANT, null, () -> documents[0] = cases.get(caseId).documents().get(0));
		CaseDocumentView stored = documents[0];
		assertThat(stored.fileName()).doesNotContain("/", "\\", "\"").endsWith(".txt");
		assertThat(stored.contentType()).isEqualTo("text/plain");
		MockHttpServletResponse download = mvc
			.perform(get("/consultations/cases/{id}/documents/{documentId}", caseId, stored.id()))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
			.doesNotContain("../", "..\\");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	/**
	 * An unexpected failure ends on the container's error page ({@code /error}, as Tomcat forwards it): the
	 * settings {@code server.error.include-*} keep the exception, its message and stack trace out of it.
	 */
	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.ValueSource(strings = { "application/json", "text/html" })
	void anUnexpectedErrorShowsNoStackTraceOrSql(String accept) throws Exception {
		RuntimeException failure = new IllegalStateException(
				"could not execute statement [ERROR: syntax error at or near \"DROP\"] [SELECT password_hash FROM x]");

		MockHttpServletResponse response = mvc.perform(get("/error").accept(MediaType.parseMediaType(accept))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/consultations")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(500);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		InjectionPayloads.assertNoLeak(body);
		assertThat(body).doesNotContain("password_hash", "DROP", "IllegalStateException", "\"trace\"", "\"message\"");
	}

	/** A telephone consultation from a family in 松本市. */
	static ConsultationInput call(String content) {
		return new ConsultationInput(Instant.parse("2026-04-01T00:30:00Z"), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, "見本 桜", null, "202029", null, ChildLink.UNKNOWN, null,
				Set.of(ConsultationTopic.SCHOOLING), content, "（架空）制度を案内した", null);
	}
}
