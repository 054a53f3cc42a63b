package org.tsunagu.registry;

import java.util.UUID;

/**
 * Merging two records of the same child (entered twice). Only the センター長 may do it.
 */
public interface ChildMerging {

	/**
	 * Merges {@code mergedId} into {@code survivorId}: the survivor takes over the linked records and family
	 * contacts; the merged record is soft-deleted and points at the survivor. Both versions must be current.
	 */
	void merge(UUID mergedId, long mergedVersion, UUID survivorId, long survivorVersion);
}
