package org.tsunagu.training;

/** A generated PDF with the file name offered for download (Japanese, and an ASCII fallback). */
public record PdfFile(byte[] content, String fileName, String asciiFileName) {
}
