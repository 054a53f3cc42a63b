package org.tsunagu.information.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tsunagu.information.QuestionInput;
import org.tsunagu.information.SurveyInput;
import org.tsunagu.information.SurveyStatus;
import org.tsunagu.shared.AuditedEntity;
import org.tsunagu.shared.JapaneseDates;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * 地域状況調査: a survey of the municipalities, its questions and deadline. Questions are fixed once the
 * survey is open, so every answer fits the question it was given to.
 */
@Entity
@Table(name = "information_surveys")
class Survey extends AuditedEntity {

	@Column(nullable = false, length = 200)
	private String title = "";

	@Column(length = 4000)
	private @Nullable String description;

	@Column(nullable = false)
	private LocalDate deadline = LocalDate.MIN;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SurveyStatus status = SurveyStatus.DRAFT;

	@Column(name = "opened_at")
	private @Nullable Instant openedAt;

	@OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Question> questions = new ArrayList<>();

	protected Survey() {
	}

	Survey(SurveyInput input) {
		apply(input);
	}

	/** Takes over title, deadline and questions; only before the survey is open. */
	void apply(SurveyInput input) {
		if (status != SurveyStatus.DRAFT) {
			throw new IllegalStateException("Survey " + getId() + " is " + status + "; its questions are fixed");
		}
		if (input.questions().isEmpty()) {
			throw new IllegalArgumentException("A survey needs at least one question");
		}
		this.title = input.title().strip();
		this.description = input.description() == null || input.description().isBlank() ? null
				: input.description().strip();
		this.deadline = input.deadline();
		questions.clear();
		int position = 1;
		for (QuestionInput question : input.questions()) {
			questions.add(new Question(this, position++, question));
		}
	}

	/** 準備中 → 回答受付中; the deadline must not have passed. */
	void open(LocalDate today, Instant now) {
		if (status != SurveyStatus.DRAFT) {
			throw new IllegalStateException("Survey " + getId() + " is already " + status);
		}
		if (deadline.isBefore(today)) {
			throw new IllegalStateException("The deadline " + deadline + " has passed");
		}
		status = SurveyStatus.OPEN;
		openedAt = now;
	}

	/** 回答受付中 → 締切. */
	void close() {
		if (status != SurveyStatus.OPEN) {
			throw new IllegalStateException("Survey " + getId() + " is " + status + ", not open");
		}
		status = SurveyStatus.CLOSED;
	}

	/** Whether answers are taken at the given instant: open, and not past the end of the deadline (JST). */
	boolean takesAnswersAt(Instant now) {
		return status == SurveyStatus.OPEN && now.isBefore(endOfDeadline());
	}

	/** The first instant after the deadline day in Japan: when links expire. */
	Instant endOfDeadline() {
		return deadline.plusDays(1).atStartOfDay(JapaneseDates.JST).toInstant();
	}

	String getTitle() {
		return title;
	}

	@Nullable String getDescription() {
		return description;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	SurveyStatus getStatus() {
		return status;
	}

	List<Question> getQuestions() {
		return questions;
	}
}
