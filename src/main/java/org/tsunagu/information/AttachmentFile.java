package org.tsunagu.information;

/**
 * A file to download: its name, the type we stored it as (from our allow-list, not the uploader's word) and
 * its bytes.
 */
public record AttachmentFile(String fileName, String contentType, byte[] data) {
}
