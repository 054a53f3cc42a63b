package org.tsunagu.identity;

/**
 * Step-up check before a sensitive action (a person-level export): the logged-in user types their password
 * again. Every attempt, right or wrong, is written to the audit log; the password never is.
 */
public interface PasswordConfirmation {

	/**
	 * Whether {@code password} is the current password of the logged-in user.
	 *
	 * @param purpose what the confirmation is for, recorded in the audit log
	 */
	boolean confirm(String password, String purpose);
}
