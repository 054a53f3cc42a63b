package org.tsunagu.training.web;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.CourseInput;
import org.tsunagu.training.CourseKind;
import org.tsunagu.training.CourseView;
import org.tsunagu.training.PrerequisitePart;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The course form (and API body). */
public class CourseForm {

	private long version;

	@NotNull(message = "{training.course.kind.required}")
	private @Nullable CourseKind kind;

	@NotBlank(message = "{training.course.title.required}")
	@Size(max = 200, message = "{training.size}")
	private String title = "";

	@Size(max = 2000, message = "{training.size}")
	private @Nullable String description;

	private @Nullable CourseKind prerequisiteKind;

	private @Nullable PrerequisitePart prerequisitePart;

	@Min(value = 0, message = "{training.course.threshold.range}")
	@Max(value = 240, message = "{training.course.threshold.range}")
	private int lateThresholdMinutes = 30;

	static CourseForm of(CourseView course) {
		CourseForm form = new CourseForm();
		form.version = course.version();
		form.kind = course.kind();
		form.title = course.title();
		form.description = course.description();
		form.prerequisiteKind = course.prerequisiteKind();
		form.prerequisitePart = course.prerequisitePart();
		form.lateThresholdMinutes = course.lateThresholdMinutes();
		return form;
	}

	/** A prerequisite and its part come together. */
	@AssertTrue(message = "{training.course.prerequisite.pair}")
	public boolean isPrerequisiteComplete() {
		return (prerequisiteKind == null) == (prerequisitePart == null);
	}

	CourseInput toInput() {
		return new CourseInput(java.util.Objects.requireNonNull(kind), title, description, prerequisiteKind,
				prerequisitePart, lateThresholdMinutes);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable CourseKind getKind() {
		return kind;
	}

	public void setKind(@Nullable CourseKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable CourseKind getPrerequisiteKind() {
		return prerequisiteKind;
	}

	public void setPrerequisiteKind(@Nullable CourseKind prerequisiteKind) {
		this.prerequisiteKind = prerequisiteKind;
	}

	public @Nullable PrerequisitePart getPrerequisitePart() {
		return prerequisitePart;
	}

	public void setPrerequisitePart(@Nullable PrerequisitePart prerequisitePart) {
		this.prerequisitePart = prerequisitePart;
	}

	public int getLateThresholdMinutes() {
		return lateThresholdMinutes;
	}

	public void setLateThresholdMinutes(int lateThresholdMinutes) {
		this.lateThresholdMinutes = lateThresholdMinutes;
	}
}
