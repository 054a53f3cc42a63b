package org.tsunagu.information.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.QuestionInput;
import org.tsunagu.information.QuestionKind;
import org.tsunagu.information.SurveyQuestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One question of a survey; choices and table rows and columns are kept one per line.
 */
@Entity
@Table(name = "information_survey_questions")
class Question {

	@Id
	private UUID id = UUID.randomUUID();

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "survey_id", updatable = false)
	private Survey survey;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private QuestionKind kind;

	@Column(nullable = false, length = 500)
	private String label;

	@Column(length = 4000)
	private @Nullable String choices;

	@Column(name = "columns_text", length = 4000)
	private @Nullable String columns;

	@Column(nullable = false)
	private boolean required;

	@SuppressWarnings("NullAway.Init")
	protected Question() {
	}

	Question(Survey survey, int position, QuestionInput input) {
		this.survey = survey;
		this.position = position;
		this.kind = input.kind();
		this.label = input.label().strip();
		this.choices = input.choices().isEmpty() ? null : String.join("\n", input.choices());
		this.columns = input.columns().isEmpty() ? null : String.join("\n", input.columns());
		this.required = input.required();
	}

	UUID getId() {
		return id;
	}

	QuestionKind getKind() {
		return kind;
	}

	String getLabel() {
		return label;
	}

	boolean isRequired() {
		return required;
	}

	List<String> choiceList() {
		return lines(choices);
	}

	List<String> columnList() {
		return lines(columns);
	}

	SurveyQuestion view() {
		return new SurveyQuestion(id, position, kind, label, choiceList(), columnList(), required);
	}

	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : Arrays.asList(text.split("\n"));
	}
}
