package org.tsunagu.consultation.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One step of closing or handing over a case: the version, a comment (or reason) and, for a hand-over, the 圏域.
 */
public class CaseStepForm {

	private long version;

	@Size(max = 1000, message = "{consultation.case.comment.size}")
	private String comment = "";

	private @Nullable String region;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getComment() {
		return comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}
}
