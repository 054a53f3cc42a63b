package org.tsunagu.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.Role;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.ContactInput;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.InstitutionManagement;
import org.tsunagu.institution.WaitingStatus;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * No N+1 queries: each main page runs the same number of SQL statements whether it shows a few rows or three
 * times as many. Counted per thread by {@link StatementCounter} (a Hibernate statement inspector), so a page
 * that loads a relation per row fails here as soon as its rows grow.
 */
@DatabaseTest
@WithTsunaguUser(role = Role.CENTER_DIRECTOR, username = "it-sqlcount-director")
class SqlStatementCountIT {

	private static final int FEW = 2;

	private static final int MANY = 3 * FEW;

	@Autowired
	MockMvc mvc;

	@Autowired
	ChildManagement children;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	CaseManagement cases;

	@Autowired
	InstitutionManagement institutions;

	/** A word of this run only, so rows other suites stored do not change the pages counted. */
	private final String token = randomKatakana();

	@BeforeEach
	void logIn() {
		SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
	}

	@Test
	void childListRunsTheSameStatementsForThreeTimesTheChildren() throws Exception {
		assertConstant(i -> children.register(child(token, 1)), "/children?q=" + token);
	}

	@Test
	void childPageRunsTheSameStatementsForThreeTimesTheFamily() throws Exception {
		UUID few = children.register(child(token, FEW));
		UUID many = children.register(child(token, MANY));

		assertThat(count("/children/" + many)).hasSameSizeAs(count("/children/" + few));
	}

	@Test
	void consultationListRunsTheSameStatementsForThreeTimesTheConsultations() throws Exception {
		assertConstant(i -> consultations.record(consultation(token)), "/consultations?q=" + token);
	}

	@Test
	void caseListAndHomeRunTheSameStatementsForThreeTimesTheCases() throws Exception {
		List<String> urls = List.of("/consultations/cases?q=" + token, "/");
		List<List<String>> before = new ArrayList<>();
		open(FEW);
		for (String url : urls) {
			before.add(count(url));
		}
		open(MANY - FEW);
		assertThat(listSize("/consultations/cases?q=" + token)).isEqualTo(MANY);
		for (int i = 0; i < urls.size(); i++) {
			assertThat(count(urls.get(i))).as(urls.get(i)).hasSameSizeAs(before.get(i));
		}
	}

	@Test
	void institutionListAndFinderRunTheSameStatementsForThreeTimesTheInstitutions() throws Exception {
		assertConstant(i -> institutions.register(institution(token, i)), "/institutions?q=" + token);
		List<String> finder = count("/institutions?q=" + token + "&kind=SHORT_STAY&care=1&care=2");
		institutions.register(institution(token, 99));
		assertThat(count("/institutions?q=" + token + "&kind=SHORT_STAY&care=1&care=2")).hasSameSizeAs(finder);
	}

	@Test
	void institutionExportRunsTheSameStatementsForThreeTimesTheInstitutions() throws Exception {
		for (int i = 0; i < FEW; i++) {
			institutions.register(institution(token, i));
		}
		List<String> few = countExport();
		for (int i = FEW; i < MANY; i++) {
			institutions.register(institution(token, i));
		}
		List<String> many = countExport();
		assertThat(exportLines()).as("header and one line per institution").isEqualTo(MANY + 1);
		assertThat(many).as("statements for %s rows of the export", MANY).hasSameSizeAs(few);
	}

	@Test
	void dashboardRunsTheSameStatementsForMoreData() throws Exception {
		for (int i = 0; i < FEW; i++) {
			consultations.record(consultation(token));
			children.register(child(token, 1));
		}
		List<String> before = count("/reports");
		for (int i = FEW; i < MANY; i++) {
			consultations.record(consultation(token));
			children.register(child(token, 1));
		}
		assertThat(count("/reports")).hasSameSizeAs(before);
	}

	private void assertConstant(IntConsumer create, String url) throws Exception {
		for (int i = 0; i < FEW; i++) {
			create.accept(i);
		}
		assertThat(listSize(url)).isEqualTo(FEW);
		List<String> few = count(url);
		for (int i = FEW; i < MANY; i++) {
			create.accept(i);
		}
		assertThat(listSize(url)).isEqualTo(MANY);
		assertThat(count(url)).as("statements for %s rows of %s", MANY, url).hasSameSizeAs(few);
	}

	private void open(int number) {
		for (int i = 0; i < number; i++) {
			cases.open(consultations.record(consultation(token)), null, CasePriority.NORMAL, LocalDate.of(2026, 6, 20));
		}
	}

	/** The statements the page runs, shortened to their first words: equal lists mean equal counts. */
	private List<String> count(String url) throws Exception {
		StatementCounter.reset();
		perform(url);
		return StatementCounter.statements().stream().map(sql -> sql.length() > 80 ? sql.substring(0, 80) : sql).toList();
	}

	private List<String> countExport() throws Exception {
		StatementCounter.reset();
		export();
		return StatementCounter.statements().stream().map(sql -> sql.length() > 80 ? sql.substring(0, 80) : sql).toList();
	}

	private long exportLines() throws Exception {
		return export().getResponse().getContentAsString(StandardCharsets.UTF_8).lines().count();
	}

	private MvcResult export() throws Exception {
		try {
			return mvc.perform(get("/institutions/export.csv").param("q", token).with(justNow()))
				.andExpect(status().isOk())
				.andReturn();
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

	private int listSize(String url) throws Exception {
		MvcResult result = perform(url);
		return ((Page<?>) result.getModelAndView().getModel().get("page")).getNumberOfElements();
	}

	/** The request clears the thread's security context when it ends: the fixtures after it need it back. */
	private MvcResult perform(String url) throws Exception {
		try {
			return mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
		}
		finally {
			SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
		}
	}

	static ChildInput child(String kana, int familySize) {
		List<FamilyMemberInput> family = new ArrayList<>();
		for (int i = 0; i < familySize; i++) {
			family.add(new FamilyMemberInput("計数 陽菜" + i, null, "母", "09000003" + (100 + i), null, i == 0));
		}
		return new ChildInput("計数", "花子", kana, "ハナコ", LocalDate.of(2019, 5, 1), Sex.FEMALE, null, null, "202029",
				"脳性麻痺", null, null, null, null, null, null, null, false, family);
	}

	static ConsultationInput consultation(String word) {
		return new ConsultationInput(Instant.parse("2026-05-01T00:30:00Z"), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, "見本 桜", null, "202029", null, ChildLink.UNKNOWN, null,
				Set.of(ConsultationTopic.SCHOOLING), "（架空）" + word + "の相談", "（架空）制度を案内した", null);
	}

	static InstitutionInput institution(String kana, int number) {
		return new InstitutionInput("計数短期入所" + kana + number, kana, InstitutionKind.SHORT_STAY, null, null, null,
				"202029", "0000-00-0001", null, null, 0, 18, null, WaitingStatus.ASK, LocalDate.of(2026, 4, 1), false,
				null, List.of(new ContactInput("見本 花子", "相談員", "0000-00-0002", null)),
				List.of(new CapabilityInput(1, Acceptance.ACCEPTS, null), new CapabilityInput(2, Acceptance.ACCEPTS, null)));
	}

	private static String randomKatakana() {
		String letters = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";
		StringBuilder word = new StringBuilder("ケイスウ");
		for (int i = 0; i < 6; i++) {
			word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return word.toString();
	}
}
