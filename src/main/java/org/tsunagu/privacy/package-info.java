/**
 * 個人情報の開示 (privacy): what the system holds about one child, gathered from every module that keeps child
 * data through {@link org.tsunagu.shared.ChildDataSection}, with the 閲覧記録 (who viewed or changed it, from
 * the audit log), exported for a disclosure request (開示請求) as PDF and JSON.
 */
@ApplicationModule(displayName = "個人情報の開示",
		allowedDependencies = { "shared", "shared :: web", "audit", "identity" })
@NullMarked
package org.tsunagu.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
