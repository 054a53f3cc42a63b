package org.tsunagu.consultation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.CasePriority;

/**
 * Opening a case from a consultation: owner (empty = me), priority and the first next-contact date.
 */
public class CaseOpeningForm {

	private @Nullable UUID ownerId;

	@NotNull(message = "{consultation.case.priority.required}")
	private @Nullable CasePriority priority = CasePriority.NORMAL;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate nextContactDue;

	public @Nullable UUID getOwnerId() {
		return ownerId;
	}

	public void setOwnerId(@Nullable UUID ownerId) {
		this.ownerId = ownerId;
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
