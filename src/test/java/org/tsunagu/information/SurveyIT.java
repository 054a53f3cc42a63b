package org.tsunagu.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.identity.Role;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * A survey on a real database (H2 and PostgreSQL): opened to every municipality, answered and corrected
 * through a link, reminded, added up by 圏域 and exported; a replaced link opens nothing.
 */
@DatabaseTest
public class SurveyIT {

	@Autowired
	SurveyManagement surveys;

	@Autowired
	SurveyAnswering answering;

	@Test
	@WithTsunaguUser(role = Role.PREFECTURE)
	void municipalityAnswersThroughItsLinkAndThePrefectureSeesRegionTotals() throws Exception {
		UUID id = surveys.create(new SurveyInput("見本の調査", "見本", JapaneseDates.today().plusDays(7), List.of(
				new QuestionInput(QuestionKind.NUMBER, "人数", List.of(), List.of(), true),
				new QuestionInput(QuestionKind.COUNT_TABLE, "年齢×ケア", List.of("0〜5歳", "6歳以上"), List.of("吸引", "胃ろう"),
						false))));
		List<IssuedLink> links = surveys.open(id, surveys.get(id).version(), Map.of("松本市", "matsumoto@example.invalid"));
		assertThat(links).hasSizeGreaterThan(70);
		assertThat(surveys.get(id).respondents()).isEqualTo(links.size());
		String token = token(links, "松本市");
		var sheet = answering.open(token).orElseThrow();
		assertThat(sheet.municipalityName()).isEqualTo("松本市");
		UUID number = sheet.questions().get(0).id();
		UUID table = sheet.questions().get(1).id();

		assertThat(answering.answer(token, Map.of("q" + number, "abc"))).containsKey("q" + number);
		assertThat(answering.answer(token, Map.of("q" + number, "5", "q" + table + "_2_1", "2"))).isEmpty();
		assertThat(answering.answer(token, Map.of("q" + number, "7", "q" + table + "_2_1", "3"))).isEmpty();
		assertThat(answering.answer(token(links, "安曇野市"), Map.of("q" + number, "4"))).isEmpty();
		assertThat(answering.open(token).orElseThrow().values()).containsEntry("q" + number, "7");

		SurveyResults results = surveys.results(id);
		var matsumoto = results.questions().get(0).regions().stream()
			.filter(r -> r.regionName().equals("松本")).findFirst().orElseThrow();
		assertThat(matsumoto.values()).containsExactly(11L);
		assertThat(matsumoto.answered()).isEqualTo(2);
		assertThat(results.questions().get(1).table()[1]).containsExactly(3L, 0L);
		assertThat(surveys.get(id).answered()).isEqualTo(2);

		List<IssuedLink> reminded = surveys.remind(id);
		assertThat(reminded).hasSize(links.size() - 2);
		assertThat(surveys.board(id).stream().filter(r -> !r.answered())).allMatch(r -> r.reminders() == 1);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(surveys.exportExcel(id)))) {
			assertThat(workbook.getSheet("圏域別集計")).isNotNull();
			assertThat(workbook.getSheet("市町村別回答").getLastRowNum()).isEqualTo(links.size());
		}
	}

	@Test
	@WithTsunaguUser(role = Role.CLERK)
	void aReplacedOrClosedLinkOpensNothing() {
		UUID id = surveys.create(new SurveyInput("見本の調査2", null, JapaneseDates.today(), List.of(
				new QuestionInput(QuestionKind.TEXT, "要望", List.of(), List.of(), false))));
		List<IssuedLink> links = surveys.open(id, surveys.get(id).version(), Map.of());
		String old = token(links, "長野市");
		UUID respondent = surveys.board(id).stream().filter(r -> r.municipalityName().equals("長野市")).findFirst()
			.orElseThrow().id();

		String fresh = surveys.reissue(id, respondent).path().substring("/public/surveys/r/".length());
		assertThat(answering.open(old)).isEmpty();
		assertThat(answering.open(fresh)).isPresent();
		assertThat(answering.open("x".repeat(43))).isEmpty();

		surveys.close(id, surveys.get(id).version());
		assertThat(answering.open(fresh)).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.HEALTH_OFFICE)
	void healthOfficeMayNotRunSurveys() {
		assertThatThrownBy(() -> surveys.list()).isInstanceOf(AccessDeniedException.class);
	}

	private static String token(List<IssuedLink> links, String municipality) {
		return links.stream().filter(l -> l.municipalityName().equals(municipality)).findFirst().orElseThrow()
			.path().substring("/public/surveys/r/".length());
	}
}
