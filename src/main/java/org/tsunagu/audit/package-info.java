/**
 * 監査ログ (audit log): an append-only record of who did what, when, from where, to which record. Other modules call {@link org.tsunagu.audit.AuditLog}; only this module writes its tables.
 */
@ApplicationModule(displayName = "監査ログ", allowedDependencies = { "shared", "shared :: web" })
@NullMarked
package org.tsunagu.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
