package org.tsunagu.registry;

import java.util.UUID;

/**
 * A child was entered into the registry. Carries the id only, never personal data.
 */
public record ChildRegistered(UUID childId) {
}
