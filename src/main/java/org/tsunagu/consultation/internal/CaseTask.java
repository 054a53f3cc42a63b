package org.tsunagu.consultation.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A task of a case (「主治医に連絡」「申請書を送る」), done once.
 */
@Entity
@Table(name = "consultation_case_tasks")
class CaseTask {

	static final int TITLE_MAX = 200;

	@Id
	private UUID id = UUID.randomUUID();

	@Column(nullable = false, length = TITLE_MAX)
	private String title = "";

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Column(nullable = false)
	private boolean done;

	@Column(name = "done_by", length = 100)
	private @Nullable String doneBy;

	protected CaseTask() {
	}

	CaseTask(String title, @Nullable LocalDate dueOn) {
		if (title.isBlank() || title.length() > TITLE_MAX) {
			throw new IllegalArgumentException("A task needs a title of at most " + TITLE_MAX + " characters");
		}
		this.title = title.strip();
		this.dueOn = dueOn;
	}

	/**
	 * Marks the task done.
	 *
	 * @throws IllegalStateException when it is already done
	 */
	void complete(String by) {
		if (done) {
			throw new IllegalStateException("Task " + id + " is already done");
		}
		done = true;
		doneBy = by;
	}

	UUID getId() {
		return id;
	}

	String getTitle() {
		return title;
	}

	@Nullable LocalDate getDueOn() {
		return dueOn;
	}

	boolean isDone() {
		return done;
	}

	@Nullable String getDoneBy() {
		return doneBy;
	}
}
