package org.tsunagu.council;

/**
 * A file to hand out: a notice, an invitation or a material.
 *
 * @param fileName the (Japanese) file name
 * @param asciiFileName a plain-ASCII file name for old clients
 * @param contentType the media type
 * @param content the bytes
 */
public record Download(String fileName, String asciiFileName, String contentType, byte[] content) {
}
