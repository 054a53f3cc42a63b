package org.tsunagu.registry.internal;

import java.util.Optional;
import java.util.UUID;

/**
 * The latest care assessment of a child, in short. Implemented by the care assessment part of the module.
 */
public interface CareSummaries {

	/** The latest assessment, if the child has one. No access check: callers have checked the child. */
	Optional<CareSummary> latest(UUID childId);
}
