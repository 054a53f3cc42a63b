package org.tsunagu.council;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The attendance of one member.
 *
 * @param memberId the membership
 * @param status 出席, 欠席 or 代理
 * @param proxyName who came instead; required for 代理
 */
public record AttendanceInput(UUID memberId, AttendanceStatus status, @Nullable String proxyName) {

	public AttendanceInput {
		if (status == AttendanceStatus.PROXY && (proxyName == null || proxyName.isBlank())) {
			throw new IllegalArgumentException("A proxy needs a name");
		}
	}
}
