package org.tsunagu.information.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.information.QuestionInput;
import org.tsunagu.information.QuestionKind;
import org.tsunagu.information.SurveyDetails;
import org.tsunagu.information.SurveyInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The survey form (and the API's request body): title, deadline and question rows; rows without a label
 * are left out. Choices, table rows and table columns are written one per line.
 */
public class SurveyForm {

	private long version;

	@NotBlank(message = "{information.title.required}")
	@Size(max = 200, message = "{information.text.size}")
	private String title = "";

	@Size(max = 4000, message = "{information.text.size}")
	private String description = "";

	@NotNull(message = "{information.survey.deadline.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deadline;

	@Valid
	private List<QuestionRow> questions = new ArrayList<>();

	/** One question row of the form. */
	public static class QuestionRow {

		private QuestionKind kind = QuestionKind.NUMBER;

		@Size(max = 500, message = "{information.text.size}")
		private String label = "";

		@Size(max = 4000, message = "{information.text.size}")
		private String choices = "";

		@Size(max = 4000, message = "{information.text.size}")
		private String columns = "";

		private boolean required;

		QuestionRow() {
		}

		QuestionRow(QuestionKind kind, String label, String choices, String columns, boolean required) {
			this.kind = kind;
			this.label = label;
			this.choices = choices;
			this.columns = columns;
			this.required = required;
		}

		boolean isBlank() {
			return label.isBlank();
		}

		/** A choice question has two choices or more; a table has rows and columns. */
		@AssertTrue(message = "{information.survey.question.incomplete}")
		public boolean isComplete() {
			return isBlank() || switch (kind) {
				case CHOICE -> lines(choices).size() >= 2;
				case COUNT_TABLE -> !lines(choices).isEmpty() && !lines(columns).isEmpty();
				default -> true;
			};
		}

		QuestionInput toInput() {
			return new QuestionInput(kind, label, lines(choices), lines(columns), required);
		}

		public QuestionKind getKind() {
			return kind;
		}

		public void setKind(QuestionKind kind) {
			this.kind = kind;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public String getChoices() {
			return choices;
		}

		public void setChoices(String choices) {
			this.choices = choices;
		}

		public String getColumns() {
			return columns;
		}

		public void setColumns(String columns) {
			this.columns = columns;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}
	}

	/** A new survey with the usual questions of the prefecture's 実態調査 as a start. */
	static SurveyForm starter(LocalDate deadline, List<String> careItems) {
		SurveyForm form = new SurveyForm();
		form.deadline = deadline;
		form.questions.add(new QuestionRow(QuestionKind.NUMBER, "把握している医療的ケア児の人数（人）", "", "", true));
		form.questions.add(new QuestionRow(QuestionKind.COUNT_TABLE, "年齢区分別・医療的ケア別の人数（人）",
				String.join("\n", "0〜2歳", "3〜5歳", "6〜11歳", "12〜14歳", "15〜17歳", "18歳以上"),
				String.join("\n", careItems), false));
		form.questions.add(new QuestionRow(QuestionKind.CHOICE, "医療的ケア児等コーディネーターを配置していますか",
				"配置している\n配置予定\n配置していない", "", true));
		form.questions.add(new QuestionRow(QuestionKind.TEXT, "地域の課題・センターへの要望", "", "", false));
		return form.withBlankRows();
	}

	static SurveyForm of(SurveyDetails details) {
		SurveyForm form = new SurveyForm();
		form.version = details.version();
		form.title = details.title();
		form.description = details.description() == null ? "" : details.description();
		form.deadline = details.deadline();
		details.questions()
			.forEach(q -> form.questions.add(new QuestionRow(q.kind(), q.label(), String.join("\n", q.choices()),
					String.join("\n", q.columns()), q.required())));
		return form.withBlankRows();
	}

	/** Two empty rows to add questions without script. */
	SurveyForm withBlankRows() {
		questions.removeIf(QuestionRow::isBlank);
		questions.add(new QuestionRow());
		questions.add(new QuestionRow());
		return this;
	}

	/** At least one question has a label. */
	@AssertTrue(message = "{information.survey.questions.required}")
	public boolean isAnyQuestion() {
		return questions.stream().anyMatch(q -> !q.isBlank());
	}

	SurveyInput toInput() {
		return new SurveyInput(title, description, deadline == null ? LocalDate.MIN : deadline,
				questions.stream().filter(q -> !q.isBlank()).map(QuestionRow::toInput).toList());
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public @Nullable LocalDate getDeadline() {
		return deadline;
	}

	public void setDeadline(@Nullable LocalDate deadline) {
		this.deadline = deadline;
	}

	public List<QuestionRow> getQuestions() {
		return questions;
	}

	public void setQuestions(List<QuestionRow> questions) {
		this.questions = questions;
	}
}
