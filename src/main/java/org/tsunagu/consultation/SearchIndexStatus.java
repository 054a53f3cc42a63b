package org.tsunagu.consultation;

/**
 * The state of the full-text index.
 *
 * @param indexed documents in the index
 * @param stored rows in the database (consultations and cases)
 */
public record SearchIndexStatus(long indexed, long stored) {

	/** Whether the index holds as many documents as the database holds rows. */
	public boolean complete() {
		return indexed == stored;
	}
}
