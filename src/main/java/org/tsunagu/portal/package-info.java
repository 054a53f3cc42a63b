/**
 * ポータル (portal): the home screen, the role-based navigation and the 圏域 pages that tie the modules together.
 */
@ApplicationModule(displayName = "ポータル", allowedDependencies = { "shared", "shared :: web", "identity", "reference", "audit",
		"consultation" })
@NullMarked
package org.tsunagu.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
