/**
 * 会議 (councils): the 医療的ケア児等支援連携推進会議 (全県会議 and one 圏域会議 per 圏域) and the 庁内連携会議 —
 * their 会議事項, members with terms, meetings with agenda, attendance, notices, minutes and materials, the
 * action items that stay open across meetings, and 地域課題 escalated from a 圏域 to the 全県会議.
 */
@ApplicationModule(displayName = "会議",
		allowedDependencies = { "shared", "shared :: web", "audit", "reference", "identity" })
@NullMarked
package org.tsunagu.council;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
