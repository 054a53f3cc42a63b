package org.tsunagu.consultation;

import java.util.UUID;

/**
 * A consultation was received and recorded. Carries only the id, never its content.
 *
 * @param consultationId the new consultation's id
 */
public record ConsultationRecorded(UUID consultationId) {
}
