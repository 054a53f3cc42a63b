package org.tsunagu.training.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.training.OfferingInput;
import org.tsunagu.training.OfferingView;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The offering form (and API body). */
public class OfferingForm {

	private long version;

	@NotNull(message = "{training.offering.course.required}")
	private @Nullable UUID courseId;

	@Min(value = 2000, message = "{training.offering.fiscalYear.range}")
	@Max(value = 2100, message = "{training.offering.fiscalYear.range}")
	private int fiscalYear = FiscalYears.current();

	@NotBlank(message = "{training.offering.title.required}")
	@Size(max = 200, message = "{training.size}")
	private String title = "";

	@Min(value = 1, message = "{training.offering.capacity.range}")
	@Max(value = 1000, message = "{training.offering.capacity.range}")
	private int capacity = 40;

	@NotNull(message = "{training.offering.opens.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate applicationOpens = JapaneseDates.today();

	@NotNull(message = "{training.offering.closes.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate applicationCloses = JapaneseDates.today().plusWeeks(4);

	private boolean recommendationRequired;

	@Size(max = 1000, message = "{training.size}")
	private @Nullable String instructors;

	@Size(max = 2000, message = "{training.size}")
	private @Nullable String note;

	static OfferingForm of(OfferingView offering) {
		OfferingForm form = new OfferingForm();
		form.version = offering.version();
		form.courseId = offering.courseId();
		form.fiscalYear = offering.fiscalYear();
		form.title = offering.title();
		form.capacity = offering.capacity();
		form.applicationOpens = offering.applicationOpens();
		form.applicationCloses = offering.applicationCloses();
		form.recommendationRequired = offering.recommendationRequired();
		form.instructors = offering.instructors();
		form.note = offering.note();
		return form;
	}

	@AssertTrue(message = "{training.offering.period.order}")
	public boolean isPeriodInOrder() {
		return applicationOpens == null || applicationCloses == null || !applicationCloses.isBefore(applicationOpens);
	}

	OfferingInput toInput() {
		return new OfferingInput(Objects.requireNonNull(courseId), fiscalYear, title, capacity,
				Objects.requireNonNull(applicationOpens), Objects.requireNonNull(applicationCloses),
				recommendationRequired, instructors, note);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable UUID getCourseId() {
		return courseId;
	}

	public void setCourseId(@Nullable UUID courseId) {
		this.courseId = courseId;
	}

	public int getFiscalYear() {
		return fiscalYear;
	}

	public void setFiscalYear(int fiscalYear) {
		this.fiscalYear = fiscalYear;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public int getCapacity() {
		return capacity;
	}

	public void setCapacity(int capacity) {
		this.capacity = capacity;
	}

	public @Nullable LocalDate getApplicationOpens() {
		return applicationOpens;
	}

	public void setApplicationOpens(@Nullable LocalDate applicationOpens) {
		this.applicationOpens = applicationOpens;
	}

	public @Nullable LocalDate getApplicationCloses() {
		return applicationCloses;
	}

	public void setApplicationCloses(@Nullable LocalDate applicationCloses) {
		this.applicationCloses = applicationCloses;
	}

	public boolean isRecommendationRequired() {
		return recommendationRequired;
	}

	public void setRecommendationRequired(boolean recommendationRequired) {
		this.recommendationRequired = recommendationRequired;
	}

	public @Nullable String getInstructors() {
		return instructors;
	}

	public void setInstructors(@Nullable String instructors) {
		this.instructors = instructors;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}
}
