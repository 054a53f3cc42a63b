package org.tsunagu.training;

import java.util.UUID;

/** Someone applied for an offering on the public site. */
public record TrainingApplicationReceived(UUID applicationId) {
}
