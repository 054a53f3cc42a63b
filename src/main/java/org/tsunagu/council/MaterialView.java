package org.tsunagu.council;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded meeting material (資料).
 *
 * @param id the material's id
 * @param agendaItemId the agenda item it belongs to, if any
 * @param fileName the original file name
 * @param contentType its media type
 * @param sizeBytes its size
 */
public record MaterialView(UUID id, @Nullable UUID agendaItemId, String fileName, String contentType, long sizeBytes) {
}
