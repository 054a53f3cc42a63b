package org.tsunagu.registry.internal;

import java.util.UUID;

/**
 * A part of the registry that keeps records linked to a child (assessments, consents, plans …). When two
 * records of the same child are merged, each participant moves its records to the surviving child, so
 * nothing linked is lost.
 */
public interface ChildMergeParticipant {

	/** Moves the records of {@code merged} to {@code survivor}; records the survivor may have only one of stay. */
	void moveRecords(UUID merged, UUID survivor);
}
