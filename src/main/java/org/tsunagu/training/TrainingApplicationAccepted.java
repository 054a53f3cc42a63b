package org.tsunagu.training;

import java.util.UUID;

/** An application was accepted — by staff, or moved up from the wait list when someone cancelled. */
public record TrainingApplicationAccepted(UUID applicationId) {
}
