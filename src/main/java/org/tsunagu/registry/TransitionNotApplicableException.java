package org.tsunagu.registry;

import java.util.UUID;

/**
 * Thrown when the 移行期 checklist or referral is recorded for a child younger than the transition age (15).
 */
public class TransitionNotApplicableException extends RuntimeException {

	public TransitionNotApplicableException(UUID childId, int age) {
		super("Child " + childId + " is " + age + "; the transition part starts at 15");
	}
}
