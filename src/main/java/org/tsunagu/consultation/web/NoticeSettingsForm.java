package org.tsunagu.consultation.web;

import org.tsunagu.consultation.CaseNotices.NoticeSettings;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The caller's choice of case notices by e-mail.
 */
public class NoticeSettingsForm {

	@Email(message = "{consultation.notice.email.invalid}")
	@Size(max = 254, message = "{consultation.notice.email.invalid}")
	private String email = "";

	private boolean onAssignment;

	private boolean onOverdue;

	static NoticeSettingsForm of(NoticeSettings settings) {
		NoticeSettingsForm form = new NoticeSettingsForm();
		form.email = settings.email();
		form.onAssignment = settings.onAssignment();
		form.onOverdue = settings.onOverdue();
		return form;
	}

	NoticeSettings toSettings() {
		return new NoticeSettings(email.strip(), onAssignment, onOverdue);
	}

	@AssertTrue(message = "{consultation.notice.email.required}")
	public boolean isEmailGivenWhenWanted() {
		return !(onAssignment || onOverdue) || !email.isBlank();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isOnAssignment() {
		return onAssignment;
	}

	public void setOnAssignment(boolean onAssignment) {
		this.onAssignment = onAssignment;
	}

	public boolean isOnOverdue() {
		return onOverdue;
	}

	public void setOnOverdue(boolean onOverdue) {
		this.onOverdue = onOverdue;
	}
}
