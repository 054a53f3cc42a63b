/**
 * 共通基盤 (shared kernel): base entity with audit columns and optimistic locking, Japanese date handling,
 * and the web building blocks (errors, paging) every module uses.
 */
@ApplicationModule(displayName = "共通基盤")
@NullMarked
package org.tsunagu.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
