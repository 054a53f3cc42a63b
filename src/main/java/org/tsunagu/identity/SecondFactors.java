package org.tsunagu.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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

	/**
	 * A user's two-factor authentication as administrators see it.
	 *
	 * @param enrolledAt when the user registered an app, null when they have none
	 * @param requiredByRole a staff role while two-factor authentication is enforced: always required
	 * @param requiredByAdministrator an administrator required it for an outside organisation's account
	 * @param mayBeRequired whether an administrator can require it (outside organisations' accounts only)
	 */
	record Status(@Nullable Instant enrolledAt, boolean requiredByRole, boolean requiredByAdministrator,
			boolean mayBeRequired) {

		/** Whether the user has registered an authenticator app. */
		public boolean enrolled() {
			return enrolledAt != null;
		}
	}

	/** The user's two-factor status. */
	Status status(UUID userId);

	/**
	 * An administrator removes the user's authenticator and recovery codes (a lost phone); the user registers
	 * again at the next login. Audited.
	 *
	 * @param version the user's version the administrator saw
	 * @throws org.tsunagu.shared.StaleRecordException when the user was changed since
	 */
	void reset(UUID userId, long version);

	/**
	 * An administrator requires (or no longer requires) a second factor for an outside organisation's account.
	 *
	 * @param version the user's version the administrator saw
	 * @throws IllegalArgumentException for a staff role (they always use it when it is enforced)
	 * @throws org.tsunagu.shared.StaleRecordException when the user was changed since
	 */
	void require(UUID userId, long version, boolean required);
}
