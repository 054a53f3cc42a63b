package org.tsunagu.identity;

import java.util.UUID;

/**
 * A one-time password issued to a user, to be handed over once; the user must change it at the next login.
 *
 * @param userId the user it was issued to
 * @param password the password in clear text (never stored, never logged except at first start)
 */
public record OneTimePassword(UUID userId, String password) {

	@Override
	public String toString() {
		return "OneTimePassword[userId=" + userId + ", password=***]";
	}
}
