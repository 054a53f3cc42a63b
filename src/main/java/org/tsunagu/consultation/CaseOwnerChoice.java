package org.tsunagu.consultation;

import java.util.UUID;

/**
 * A user who may own a case, as the owner pickers list them.
 *
 * @param id the user's id
 * @param name the name shown
 */
public record CaseOwnerChoice(UUID id, String name) {
}
