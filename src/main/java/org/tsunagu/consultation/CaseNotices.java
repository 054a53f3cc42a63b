package org.tsunagu.consultation;

import java.util.Optional;

/**
 * Opt-in e-mail notices for staff: when a case is given to them (opened for or reassigned to them by someone
 * else) and, each morning, when cases they own are overdue. Each user sets only their own choice.
 */
public interface CaseNotices {

	/** The caller's notice settings, if they opted in before. */
	Optional<NoticeSettings> mySettings();

	/**
	 * Saves the caller's notice settings.
	 *
	 * @throws IllegalArgumentException when a notice is chosen without a valid address
	 */
	void saveMySettings(NoticeSettings settings);

	/**
	 * A user's notice settings.
	 *
	 * @param email where notices go
	 * @param onAssignment notice when a case is given to the user
	 * @param onOverdue a morning notice of the user's overdue cases
	 */
	record NoticeSettings(String email, boolean onAssignment, boolean onOverdue) {
	}
}
