package org.tsunagu.retention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Holding an item of the retention review: the version the センター長 saw and why the record is kept. */
public class HoldForm {

	private long version;

	@NotBlank(message = "{retention.hold.reason.required}")
	@Size(max = 500, message = "{retention.hold.reason.size}")
	private String reason = "";

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
