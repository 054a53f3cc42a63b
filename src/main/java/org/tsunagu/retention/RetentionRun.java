package org.tsunagu.retention;

/**
 * What one run of the retention job did, summed over all kinds of records.
 *
 * @param listed items newly listed for review
 * @param disposed records anonymised or deleted (approved and still due)
 * @param lapsed items closed because their record is no longer due
 */
public record RetentionRun(int listed, int disposed, int lapsed) implements java.io.Serializable {

	/** The sum of two runs (of two kinds of records). */
	public RetentionRun plus(RetentionRun other) {
		return new RetentionRun(listed + other.listed, disposed + other.disposed, lapsed + other.lapsed);
	}
}
