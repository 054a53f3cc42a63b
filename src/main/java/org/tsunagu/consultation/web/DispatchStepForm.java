package org.tsunagu.consultation.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step of a dispatch: decision, supervisor and date, visit record or follow-up; carries the version.
 */
public class DispatchStepForm {

	private long version;

	private boolean approved;

	@Size(max = 1000, message = "{consultation.case.comment.size}")
	private String comment = "";

	private @Nullable UUID nurseId;

	@Size(max = 100, message = "{consultation.name.size}")
	private String doctorName = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate visitOn;

	@Size(max = 4000, message = "{consultation.text.size}")
	private String text = "";

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isApproved() {
		return approved;
	}

	public void setApproved(boolean approved) {
		this.approved = approved;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public @Nullable UUID getNurseId() {
		return nurseId;
	}

	public void setNurseId(@Nullable UUID nurseId) {
		this.nurseId = nurseId;
	}

	public String getDoctorName() {
		return doctorName;
	}

	public void setDoctorName(String doctorName) {
		this.doctorName = doctorName;
	}

	public @Nullable LocalDate getVisitOn() {
		return visitOn;
	}

	public void setVisitOn(@Nullable LocalDate visitOn) {
		this.visitOn = visitOn;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}
}
