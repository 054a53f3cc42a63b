package org.tsunagu.training;

/**
 * An application the rules do not allow; {@link #reason()} says which rule, so the form can point at the
 * field. Answered as 400 by the API.
 */
public class ApplicationRefusedException extends IllegalArgumentException {

	/** Which rule refused the application. */
	public enum Reason {

		/** The offering does not take applications today. */
		CLOSED,

		/** The offering needs a 市町村推薦 and none was given. */
		RECOMMENDATION_MISSING,

		/** The prerequisite course is not completed (and no completion elsewhere was declared). */
		PREREQUISITE_MISSING,

		/** The same person already has an open application for this offering. */
		DUPLICATE,

		/** The municipality is unknown. */
		UNKNOWN_MUNICIPALITY
	}

	private final Reason reason;

	public ApplicationRefusedException(Reason reason) {
		super("Application refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
