/**
 * 情報発信 (information): the public site's content — news, good practices (好事例), FAQ, materials and pages
 * written in Markdown and published through 下書き → 確認 → 公開 — and the regional surveys (地域状況の把握)
 * the prefecture sends to the municipalities, with links that need no account.
 */
@ApplicationModule(displayName = "情報発信",
		allowedDependencies = { "shared", "shared :: web", "audit", "reference", "identity", "notification" })
@NullMarked
package org.tsunagu.information;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
