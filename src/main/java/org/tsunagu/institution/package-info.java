/**
 * 関係機関・社会資源 (institutions): the hospitals, visiting nurses, day services, schools and offices the
 * center works with, which 医療的ケア each accepts, and the finder staff use to look for a place for a child.
 */
@ApplicationModule(displayName = "関係機関・社会資源",
		allowedDependencies = { "shared", "shared :: web", "audit", "reference", "identity", "registry", "training" })
@NullMarked
package org.tsunagu.institution;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
