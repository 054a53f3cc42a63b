/**
 * 通知 (notification): e-mail to staff, applicants and families, written to an outbox in the same transaction as
 * the change that causes it and sent afterwards with retries, so no notice is lost and none is sent for a change
 * that was rolled back.
 */
@ApplicationModule(displayName = "通知", allowedDependencies = { "shared", "shared :: web", "audit" })
@NullMarked
package org.tsunagu.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
