package org.tsunagu.identity.internal;

/**
 * Thrown when a new user would take a login name that is already used.
 */
public class DuplicateUsernameException extends RuntimeException {

	public DuplicateUsernameException(String username) {
		super("User name already in use: " + username);
	}
}
