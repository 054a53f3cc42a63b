package org.tsunagu.council;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member invited to a meeting and whether they came.
 *
 * @param memberId the membership
 * @param personName the member
 * @param organisation the member's organisation
 * @param status 出席, 欠席, 代理, or null while not recorded
 * @param proxyName who came instead, for 代理
 */
public record AttendanceView(UUID memberId, String personName, String organisation, @Nullable AttendanceStatus status,
		@Nullable String proxyName) {
}
