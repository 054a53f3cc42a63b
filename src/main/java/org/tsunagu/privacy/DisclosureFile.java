package org.tsunagu.privacy;

/**
 * An exported disclosure.
 *
 * @param fileName an ASCII file name
 * @param contentType the media type
 * @param content the bytes
 */
public record DisclosureFile(String fileName, String contentType, byte[] content) {
}
