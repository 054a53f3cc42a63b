package org.tsunagu.audit;

import org.jspecify.annotations.Nullable;

/**
 * The one way other modules write to the audit log. Who (the logged-in user), when (UTC now) and from where
 * (the client address of the current request) are filled in by the audit module itself.
 */
public interface AuditLog {

	/**
	 * Appends one entry.
	 *
	 * @param action what was done
	 * @param targetType the kind of record, e.g. {@code "Municipality"}, {@code "UserAccount"}
	 * @param targetId the record's id or code, when there is one
	 * @param detail a short, non-sensitive description (never a password, never health data)
	 */
	void record(AuditAction action, String targetType, @Nullable String targetId, @Nullable String detail);
}
