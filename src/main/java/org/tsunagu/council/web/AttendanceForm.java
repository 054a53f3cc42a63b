package org.tsunagu.council.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.AttendanceInput;
import org.tsunagu.council.AttendanceStatus;
import org.tsunagu.council.MeetingDetails;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

/**
 * The attendance of every member of the meeting day: 出席, 欠席 or 代理 with the proxy's name. Rows left
 * empty are not recorded.
 */
public class AttendanceForm {

	private long version;

	@Valid
	private List<Row> rows = new ArrayList<>();

	static AttendanceForm of(MeetingDetails meeting) {
		AttendanceForm form = new AttendanceForm();
		form.version = meeting.version();
		meeting.attendance().forEach(a -> {
			Row row = new Row();
			row.setMemberId(a.memberId());
			row.setStatus(a.status());
			row.setProxyName(a.proxyName());
			form.rows.add(row);
		});
		return form;
	}

	List<AttendanceInput> toInputs() {
		return rows.stream()
			.filter(row -> row.memberId != null && row.status != null)
			.map(row -> new AttendanceInput(row.memberId, row.status, row.proxyName))
			.toList();
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/** One member's attendance. */
	public static class Row {

		private @Nullable UUID memberId;

		private @Nullable AttendanceStatus status;

		@Size(max = 100, message = "{council.size100}")
		private @Nullable String proxyName;

		@AssertTrue(message = "{council.attendance.proxyName.required}")
		public boolean isProxyNamed() {
			return status != AttendanceStatus.PROXY || proxyName != null && !proxyName.isBlank();
		}

		public @Nullable UUID getMemberId() {
			return memberId;
		}

		public void setMemberId(@Nullable UUID memberId) {
			this.memberId = memberId;
		}

		public @Nullable AttendanceStatus getStatus() {
			return status;
		}

		public void setStatus(@Nullable AttendanceStatus status) {
			this.status = status;
		}

		public @Nullable String getProxyName() {
			return proxyName;
		}

		public void setProxyName(@Nullable String proxyName) {
			this.proxyName = proxyName;
		}
	}
}
