package org.tsunagu.training;

/** How much of the prerequisite course an applicant must have completed. */
public enum PrerequisitePart {

	/** The whole prerequisite course. */
	WHOLE_COURSE,

	/** The whole course, or at least all of its lecture (講義) modules. */
	LECTURE_PART
}
