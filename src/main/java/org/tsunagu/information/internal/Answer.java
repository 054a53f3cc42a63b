package org.tsunagu.information.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One value of a respondent's answer: a question's number, choice or text, or one cell of a count table
 * (row and column from 1; 0 for a single value).
 */
@Entity
@Table(name = "information_survey_answers")
class Answer {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "respondent_id", nullable = false, updatable = false)
	private UUID respondentId;

	@Column(name = "question_id", nullable = false, updatable = false)
	private UUID questionId;

	@Column(name = "row_no", nullable = false, updatable = false)
	private int row;

	@Column(name = "col_no", nullable = false, updatable = false)
	private int column;

	@Column(name = "number_value", updatable = false)
	private @Nullable Long number;

	@Column(name = "text_value", length = 4000, updatable = false)
	private @Nullable String text;

	@SuppressWarnings("NullAway.Init")
	protected Answer() {
	}

	Answer(UUID respondentId, UUID questionId, int row, int column, @Nullable Long number, @Nullable String text) {
		this.respondentId = respondentId;
		this.questionId = questionId;
		this.row = row;
		this.column = column;
		this.number = number;
		this.text = text;
	}

	UUID getRespondentId() {
		return respondentId;
	}

	UUID getQuestionId() {
		return questionId;
	}

	int getRow() {
		return row;
	}

	int getColumn() {
		return column;
	}

	@Nullable Long getNumber() {
		return number;
	}

	@Nullable String getText() {
		return text;
	}
}
