package org.tsunagu.audit.web;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.Errors;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditCursor;
import org.tsunagu.audit.AuditSearch;

import jakarta.validation.constraints.Size;

/**
 * The filter form of the audit log screen and its CSV export.
 */
public class AuditSearchForm {

	@Size(max = 100)
	private @Nullable String actor;

	private @Nullable AuditAction action;

	@Size(max = 100)
	private @Nullable String targetType;

	@Size(max = 100)
	private @Nullable String targetId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate to;

	/** Where the newest-first list goes on ({@link AuditCursor}); not a filter, so no other link carries it. */
	private @Nullable String after;

	/** Adds a field error on {@code to} when the range ends before it starts. */
	void validateRange(Errors errors) {
		if (!AuditSearch.isValidRange(from, to) && !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")) {
			errors.rejectValue("to", "search.dateRange");
		}
	}

	/** Adds a field error on {@code after} when it is not a cursor (a link edited or cut short). */
	void validateCursor(Errors errors) {
		if (after != null && !after.isBlank() && AuditCursor.parse(after).isEmpty()) {
			errors.rejectValue("after", "search.cursor");
		}
	}

	/** The cursor to go on from, or null for the newest entries. */
	@Nullable AuditCursor cursor() {
		return after == null || after.isBlank() ? null : AuditCursor.parse(after).orElse(null);
	}

	AuditSearch toSearch() {
		return new AuditSearch(actor, action, targetType, targetId, from, to);
	}

	/** The filters that are set, as query parameters, to carry them into paging, sorting and export links. */
	MultiValueMap<String, String> toQueryParams() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		addIfSet(params, "actor", actor);
		addIfSet(params, "action", action == null ? null : action.name());
		addIfSet(params, "targetType", targetType);
		addIfSet(params, "targetId", targetId);
		addIfSet(params, "from", from == null ? null : from.toString());
		addIfSet(params, "to", to == null ? null : to.toString());
		return params;
	}

	/** The filters in one line, for the audit entry of an export. */
	String describe() {
		MultiValueMap<String, String> params = toQueryParams();
		if (params.isEmpty()) {
			return "filter: none";
		}
		return params.toSingleValueMap()
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", ", "filter: ", ""));
	}

	private static void addIfSet(MultiValueMap<String, String> params, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			params.add(name, value.strip());
		}
	}

	public @Nullable String getActor() {
		return actor;
	}

	public void setActor(@Nullable String actor) {
		this.actor = actor;
	}

	public @Nullable AuditAction getAction() {
		return action;
	}

	public void setAction(@Nullable AuditAction action) {
		this.action = action;
	}

	public @Nullable String getTargetType() {
		return targetType;
	}

	public void setTargetType(@Nullable String targetType) {
		this.targetType = targetType;
	}

	public @Nullable String getTargetId() {
		return targetId;
	}

	public void setTargetId(@Nullable String targetId) {
		this.targetId = targetId;
	}

	public @Nullable LocalDate getFrom() {
		return from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable String getAfter() {
		return after;
	}

	public void setAfter(@Nullable String after) {
		this.after = after;
	}

	public @Nullable LocalDate getTo() {
		return to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}
}
