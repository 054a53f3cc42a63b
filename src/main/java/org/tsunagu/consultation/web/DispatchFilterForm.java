package org.tsunagu.consultation.web;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.tsunagu.consultation.DispatchFilter;
import org.tsunagu.consultation.DispatchStatus;

/**
 * The dispatch list's filters: per supervisor and month, status and 圏域.
 */
public class DispatchFilterForm {

	private @Nullable String supervisor;

	@DateTimeFormat(pattern = "yyyy-MM")
	private @Nullable YearMonth month;

	private @Nullable DispatchStatus status;

	private @Nullable String region;

	public @Nullable String getSupervisor() {
		return supervisor;
	}

	public void setSupervisor(@Nullable String supervisor) {
		this.supervisor = supervisor;
	}

	public @Nullable YearMonth getMonth() {
		return month;
	}

	public void setMonth(@Nullable YearMonth month) {
		this.month = month;
	}

	public @Nullable DispatchStatus getStatus() {
		return status;
	}

	public void setStatus(@Nullable DispatchStatus status) {
		this.status = status;
	}

	public @Nullable String getRegion() {
		return region;
	}

	public void setRegion(@Nullable String region) {
		this.region = region;
	}

	DispatchFilter toFilter() {
		return new DispatchFilter(supervisor, month, status, region);
	}
}
