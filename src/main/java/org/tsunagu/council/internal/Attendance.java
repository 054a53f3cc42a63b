package org.tsunagu.council.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tsunagu.council.AttendanceStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Whether one member came to a meeting; for 代理 who came instead.
 */
@Embeddable
class Attendance {

	@Column(name = "member_id", nullable = false)
	private UUID memberId = new UUID(0, 0);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AttendanceStatus status = AttendanceStatus.ABSENT;

	@Column(name = "proxy_name", length = 100)
	private @Nullable String proxyName;

	protected Attendance() {
	}

	Attendance(UUID memberId, AttendanceStatus status, @Nullable String proxyName) {
		this.memberId = memberId;
		this.status = status;
		this.proxyName = status == AttendanceStatus.PROXY && proxyName != null ? proxyName.strip() : null;
	}

	UUID getMemberId() {
		return memberId;
	}

	AttendanceStatus getStatus() {
		return status;
	}

	@Nullable String getProxyName() {
		return proxyName;
	}
}
