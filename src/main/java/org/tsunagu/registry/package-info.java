/**
 * 児童台帳 (registry): the children with medical care the center supports — who they are, where they live,
 * who supports them, their care and 判定スコア, consent, emergency information and disaster plans.
 */
@ApplicationModule(displayName = "児童台帳",
		allowedDependencies = { "shared", "shared :: web", "audit", "reference", "identity" })
@NullMarked
package org.tsunagu.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
