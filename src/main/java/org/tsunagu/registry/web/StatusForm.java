package org.tsunagu.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.registry.ChildStatus;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The form to change a child's status (転出, 18歳到達で移行, 死亡 …).
 */
public class StatusForm {

	@NotNull(message = "{registry.statusForm.status.required}")
	private @Nullable ChildStatus status;

	@NotNull(message = "{registry.statusForm.date.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@Size(max = 500, message = "{registry.text.size}")
	private String reason = "";

	private long version;

	/** その他 needs a reason. */
	@AssertTrue(message = "{registry.statusForm.reason.required}")
	public boolean isReasonGivenWhenNeeded() {
		return status != ChildStatus.OTHER || !reason.isBlank();
	}

	public @Nullable ChildStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable ChildStatus status) {
		this.status = status;
	}

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason == null ? "" : reason.strip();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
