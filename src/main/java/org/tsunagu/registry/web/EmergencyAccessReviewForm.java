package org.tsunagu.registry.web;

import jakarta.validation.constraints.Size;

/**
 * The センター長's review of one emergency access: an optional comment and the version that was shown.
 */
public class EmergencyAccessReviewForm {

	@Size(max = 500, message = "{registry.emergencyAccess.comment.size}")
	private String comment = "";

	private long version;

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
