/**
 * 人材育成 (training): the courses the center runs — the national 医療的ケア児等支援者養成研修 and
 * コーディネーター養成研修, follow-up and own courses — their yearly offerings and sessions, public
 * applications with a wait list, attendance, completion computed from attendance, 修了証 and the roster of
 * everyone who completed what.
 */
@ApplicationModule(displayName = "人材育成",
		allowedDependencies = { "shared", "shared :: web", "audit", "reference", "identity", "notification" })
@NullMarked
package org.tsunagu.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
