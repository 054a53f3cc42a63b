package org.tsunagu.consultation;

import java.util.List;

/**
 * What a user's "my work" shows on the home screen.
 *
 * @param mine the user's own open cases, overdue first
 * @param overdue all overdue open cases (センター長 only, empty otherwise)
 * @param awaitingApproval cases waiting for close approval (センター長 only, empty otherwise)
 * @param handoversToAccept cases handed to the user's 圏域 (health offices) or to any 圏域 (center staff)
 */
public record CaseWork(List<CaseListItem> mine, List<CaseListItem> overdue, List<CaseListItem> awaitingApproval,
		List<CaseListItem> handoversToAccept) {

	/** Nothing to show. */
	public static CaseWork none() {
		return new CaseWork(List.of(), List.of(), List.of(), List.of());
	}

	/** Whether there is anything to show. */
	public boolean isEmpty() {
		return mine.isEmpty() && overdue.isEmpty() && awaitingApproval.isEmpty() && handoversToAccept.isEmpty();
	}
}
