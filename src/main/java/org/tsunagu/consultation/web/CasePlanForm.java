package org.tsunagu.consultation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.CasePriority;

/**
 * Changing a case's priority and next-contact date; carries the version it was read at.
 */
public class CasePlanForm {

	private long version;

	@NotNull(message = "{consultation.case.priority.required}")
	private @Nullable CasePriority priority;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextContactDue;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public @Nullable CasePriority getPriority() {
		return priority;
	}

	public void setPriority(@Nullable CasePriority priority) {
		this.priority = priority;
	}

	public @Nullable LocalDate getNextContactDue() {
		return nextContactDue;
	}

	public void setNextContactDue(@Nullable LocalDate nextContactDue) {
		this.nextContactDue = nextContactDue;
	}
}
