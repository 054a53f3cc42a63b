package org.tsunagu.council.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.council.ActionInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new action item of an agenda item: what, who (organisation or department) and by when.
 */
public class ActionForm {

	@NotNull(message = "{council.action.agendaItem.required}")
	private @Nullable UUID agendaItemId;

	@NotBlank(message = "{council.action.title.required}")
	@Size(max = 300, message = "{council.size300}")
	private String title = "";

	@NotBlank(message = "{council.action.owner.required}")
	@Size(max = 200, message = "{council.size200}")
	private String owner = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dueOn;

	ActionInput toInput() {
		return new ActionInput(title, owner, dueOn);
	}

	public @Nullable UUID getAgendaItemId() {
		return agendaItemId;
	}

	public void setAgendaItemId(@Nullable UUID agendaItemId) {
		this.agendaItemId = agendaItemId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOwner() {
		return owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public @Nullable LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(@Nullable LocalDate dueOn) {
		this.dueOn = dueOn;
	}
}
