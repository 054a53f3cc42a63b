package org.tsunagu.training.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.FeedbackInput;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The post-course questionnaire: who (reference number and e-mail), five ratings and a comment. */
public class FeedbackForm {

	@NotBlank(message = "{training.feedback.reference.required}")
	@Size(max = 20, message = "{training.size}")
	private String referenceNumber = "";

	@NotBlank(message = "{training.apply.email.required}")
	@Email(message = "{training.apply.email.invalid}")
	private String email = "";

	@NotNull(message = "{training.feedback.rating.required}")
	@Min(value = 1, message = "{training.feedback.rating.required}")
	@Max(value = 5, message = "{training.feedback.rating.required}")
	private @Nullable Integer overall;

	@NotNull(message = "{training.feedback.rating.required}")
	@Min(value = 1, message = "{training.feedback.rating.required}")
	@Max(value = 5, message = "{training.feedback.rating.required}")
	private @Nullable Integer content;

	@NotNull(message = "{training.feedback.rating.required}")
	@Min(value = 1, message = "{training.feedback.rating.required}")
	@Max(value = 5, message = "{training.feedback.rating.required}")
	private @Nullable Integer instructors;

	@NotNull(message = "{training.feedback.rating.required}")
	@Min(value = 1, message = "{training.feedback.rating.required}")
	@Max(value = 5, message = "{training.feedback.rating.required}")
	private @Nullable Integer usefulness;

	@NotNull(message = "{training.feedback.rating.required}")
	@Min(value = 1, message = "{training.feedback.rating.required}")
	@Max(value = 5, message = "{training.feedback.rating.required}")
	private @Nullable Integer organisation;

	@Size(max = 2000, message = "{training.size}")
	private @Nullable String comment;

	FeedbackInput toInput() {
		return new FeedbackInput(referenceNumber, email, List.of(Objects.requireNonNull(overall),
				Objects.requireNonNull(content), Objects.requireNonNull(instructors),
				Objects.requireNonNull(usefulness), Objects.requireNonNull(organisation)), comment);
	}

	public String getReferenceNumber() {
		return referenceNumber;
	}

	public void setReferenceNumber(String referenceNumber) {
		this.referenceNumber = referenceNumber;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public @Nullable Integer getOverall() {
		return overall;
	}

	public void setOverall(@Nullable Integer overall) {
		this.overall = overall;
	}

	public @Nullable Integer getContent() {
		return content;
	}

	public void setContent(@Nullable Integer content) {
		this.content = content;
	}

	public @Nullable Integer getInstructors() {
		return instructors;
	}

	public void setInstructors(@Nullable Integer instructors) {
		this.instructors = instructors;
	}

	public @Nullable Integer getUsefulness() {
		return usefulness;
	}

	public void setUsefulness(@Nullable Integer usefulness) {
		this.usefulness = usefulness;
	}

	public @Nullable Integer getOrganisation() {
		return organisation;
	}

	public void setOrganisation(@Nullable Integer organisation) {
		this.organisation = organisation;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public void setComment(@Nullable String comment) {
		this.comment = comment;
	}
}
