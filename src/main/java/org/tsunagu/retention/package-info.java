/**
 * 保存期間と削除 (retention): how long each kind of personal record is kept after it ends, the daily job that lists
 * what is past its period into the retention review, the センター長's approval or hold of each item, and the
 * disposal — anonymisation or deletion — of approved records that are still due. Modules that hold personal data
 * take part through {@link org.tsunagu.shared.RetainedRecords}; this module depends on none of them.
 */
@ApplicationModule(displayName = "保存期間と削除",
		allowedDependencies = { "shared", "shared :: web", "audit", "identity" })
@NullMarked
package org.tsunagu.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
