package org.tsunagu.registry;

/**
 * One printed 緊急時情報シート: an A4 PDF with its version number.
 *
 * @param content the PDF
 * @param versionNumber 1 for the child's first sheet, then 2, 3 …
 * @param fileName a Japanese file name (for {@code filename*})
 * @param asciiFileName an ASCII file name for clients that ignore {@code filename*}
 */
public record EmergencySheet(byte[] content, int versionNumber, String fileName, String asciiFileName) {
}
