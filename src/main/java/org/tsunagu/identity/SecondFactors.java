package org.tsunagu.identity;

import java.util.List;
import java.util.UUID;

/**
 * Two-factor authentication with an authenticator app (TOTP, RFC 6238) and single-use recovery codes.
 */
public interface SecondFactors {

	/** A new secret for the user to scan; nothing is stored until {@link #completeEnrolment} proves it. */
	record Enrolment(String secret, String qrCodeDataUri) implements java.io.Serializable {
	}

	/** Whether the user must pass a second factor after the password. */
	boolean needsSecondFactor(String username);

	/** Whether the user has registered an authenticator app. */
	boolean hasSecondFactor(String username);

	Enrolment startEnrolment(String username);

	/**
	 * Registers the secret when the code made from it is right, and answers ten new recovery codes, shown to the
	 * user once.
	 *
	 * @throws IllegalArgumentException when the code does not match the secret
	 */
	List<String> completeEnrolment(String username, String secret, String code);

	/**
	 * Checks a code from the app, or a recovery code (used up by this). A wrong code counts towards the
	 * account lockout, like a wrong password; a right one completes the login.
	 */
	boolean verify(String username, String code);

	/** An administrator removes the user's authenticator and recovery codes (a lost phone); audited. */
	void reset(UUID userId);

	/** An administrator requires (or no longer requires) a second factor for an outside organisation's account. */
	void require(UUID userId, boolean required);
}
