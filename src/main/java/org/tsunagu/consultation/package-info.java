/**
 * 相談支援 (consultation): the consultations the center receives — by phone, mail, visit or letter — who
 * asked, about what, what was answered and what happens next. Health data: every read is audited and a
 * health office sees only its own 圏域.
 */
@ApplicationModule(displayName = "相談支援",
		allowedDependencies = { "shared", "shared :: web", "audit", "reference", "identity", "registry",
				"institution", "notification" })
@NullMarked
package org.tsunagu.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
