package org.tsunagu.information.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tsunagu.information.QuestionKind;
import org.tsunagu.information.SurveyResults;
import org.tsunagu.information.SurveyResults.QuestionResult;
import org.tsunagu.information.SurveyResults.RegionRow;

/**
 * The Excel workbook of a survey: a sheet of totals by 圏域 per question (table questions also with the
 * prefecture's full table) and a sheet with every municipality's answers, as the prefecture used to collect
 * them by mail.
 */
final class SurveyWorkbook {

	private SurveyWorkbook() {
	}

	static byte[] write(Survey survey, SurveyResults results, List<Respondent> respondents, List<Answer> answers) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			totals(workbook.createSheet("圏域別集計"), results);
			answers(workbook.createSheet("市町村別回答"), survey, respondents, answers);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static void totals(Sheet sheet, SurveyResults results) {
		int r = 0;
		cells(sheet.createRow(r++), results.title());
		for (QuestionResult q : results.questions()) {
			r++;
			cells(sheet.createRow(r++), q.label());
			Row header = sheet.createRow(r++);
			header.createCell(0).setCellValue("圏域");
			header.createCell(1).setCellValue("対象");
			header.createCell(2).setCellValue("回答");
			for (int i = 0; i < q.columns().size(); i++) {
				String column = q.columns().get(i);
				header.createCell(3 + i).setCellValue(column.isEmpty() ? (q.kind() == QuestionKind.TEXT ? "回答数" : "合計") : column);
			}
			for (RegionRow region : q.regions()) {
				regionRow(sheet.createRow(r++), region.regionName(), region);
			}
			regionRow(sheet.createRow(r++), "県計", q.total());
			if (q.kind() == QuestionKind.COUNT_TABLE) {
				Row tableHeader = sheet.createRow(r++);
				tableHeader.createCell(0).setCellValue("県計（内訳）");
				for (int i = 0; i < q.columns().size(); i++) {
					tableHeader.createCell(3 + i).setCellValue(q.columns().get(i));
				}
				for (int row = 0; row < q.tableRows().size(); row++) {
					Row line = sheet.createRow(r++);
					line.createCell(0).setCellValue(q.tableRows().get(row));
					for (int c = 0; c < q.columns().size(); c++) {
						line.createCell(3 + c).setCellValue(q.table()[row][c]);
					}
				}
			}
		}
	}

	private static void regionRow(Row row, String name, RegionRow region) {
		row.createCell(0).setCellValue(name);
		row.createCell(1).setCellValue(region.respondents());
		row.createCell(2).setCellValue(region.answered());
		for (int i = 0; i < region.values().length; i++) {
			row.createCell(3 + i).setCellValue(region.values()[i]);
		}
	}

	private static void answers(Sheet sheet, Survey survey, List<Respondent> respondents, List<Answer> answers) {
		Row header = sheet.createRow(0);
		cells(header, "市町村コード", "市町村", "圏域", "回答日時");
		int column = 4;
		for (Question q : survey.getQuestions()) {
			if (q.getKind() == QuestionKind.COUNT_TABLE) {
				for (String rowName : q.choiceList()) {
					for (String columnName : q.columnList()) {
						header.createCell(column++).setCellValue(q.getLabel() + "：" + rowName + "×" + columnName);
					}
				}
			}
			else {
				header.createCell(column++).setCellValue(q.getLabel());
			}
		}
		Map<UUID, List<Answer>> byRespondent = answers.stream().collect(Collectors.groupingBy(Answer::getRespondentId));
		int r = 1;
		for (Respondent respondent : respondents) {
			Row row = sheet.createRow(r++);
			cells(row, respondent.getMunicipalityCode(), respondent.getMunicipalityName(), respondent.getRegionName(),
					respondent.getAnsweredAt() == null ? "未回答" : respondent.getAnsweredAt().toString());
			Map<String, String> values = AnswerSheetParser.formValues(byRespondent.getOrDefault(respondent.getId(), List.of()));
			int c = 4;
			for (Question q : survey.getQuestions()) {
				if (q.getKind() == QuestionKind.COUNT_TABLE) {
					for (int i = 1; i <= q.choiceList().size(); i++) {
						for (int j = 1; j <= q.columnList().size(); j++) {
							String value = values.get(AnswerSheetParser.field(q.getId(), i, j));
							row.createCell(c++).setCellValue(value == null ? 0 : Long.parseLong(value));
						}
					}
				}
				else {
					String value = values.getOrDefault(AnswerSheetParser.field(q.getId()), "");
					if (q.getKind() == QuestionKind.NUMBER && !value.isEmpty()) {
						row.createCell(c++).setCellValue(Long.parseLong(value));
					}
					else {
						row.createCell(c++).setCellValue(value);
					}
				}
			}
		}
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}
}
