package org.tsunagu.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.training.AttendanceInput;
import org.tsunagu.training.AttendanceSheet;
import org.tsunagu.training.AttendanceStatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The attendance of one session: a row per participant; rows left empty are not recorded. */
public class AttendanceForm {

	@Valid
	private List<Row> rows = new ArrayList<>();

	static AttendanceForm of(AttendanceSheet sheet) {
		AttendanceForm form = new AttendanceForm();
		for (AttendanceSheet.Row row : sheet.rows()) {
			Row formRow = new Row();
			formRow.applicationId = row.applicationId();
			formRow.version = row.version();
			formRow.status = row.status();
			formRow.missedMinutes = row.missedMinutes();
			formRow.madeUp = row.madeUp();
			form.rows.add(formRow);
		}
		return form;
	}

	List<AttendanceInput> toInputs() {
		return rows.stream()
			.filter(row -> row.status != null && row.applicationId != null)
			.map(row -> new AttendanceInput(row.applicationId, row.version, row.status,
					row.status == AttendanceStatus.PARTIAL ? row.missedMinutes : 0, row.madeUp))
			.toList();
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One participant. */
	public static class Row {

		private @Nullable UUID applicationId;

		private long version;

		private @Nullable AttendanceStatus status;

		@Min(value = 0, message = "{training.attendance.minutes.range}")
		@Max(value = 600, message = "{training.attendance.minutes.range}")
		private int missedMinutes;

		private boolean madeUp;

		/** 遅刻・早退 needs the minutes missed. */
		@AssertTrue(message = "{training.attendance.minutes.required}")
		public boolean isMinutesGiven() {
			return status != AttendanceStatus.PARTIAL || missedMinutes > 0;
		}

		public @Nullable UUID getApplicationId() {
			return applicationId;
		}

		public void setApplicationId(@Nullable UUID applicationId) {
			this.applicationId = applicationId;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public @Nullable AttendanceStatus getStatus() {
			return status;
		}

		public void setStatus(@Nullable AttendanceStatus status) {
			this.status = status;
		}

		public int getMissedMinutes() {
			return missedMinutes;
		}

		public void setMissedMinutes(int missedMinutes) {
			this.missedMinutes = missedMinutes;
		}

		public boolean isMadeUp() {
			return madeUp;
		}

		public void setMadeUp(boolean madeUp) {
			this.madeUp = madeUp;
		}
	}
}
