package org.tsunagu.consultation;

import org.tsunagu.identity.CurrentUser;

/**
 * Read-only questions about cases for other modules (the home screen).
 */
public interface CaseQueries {

	/** The user's open cases and, for the センター長, every overdue case and the close requests to decide. */
	CaseWork workFor(CurrentUser user);
}
