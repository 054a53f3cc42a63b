package org.tsunagu.testsupport;

import java.io.OutputStream;
import java.util.function.IntSupplier;

/**
 * An output stream for streaming-export tests: counts the lines that arrive and, against the number of rows
 * the source has handed out so far, how far reading ran ahead of writing. An export that collects its rows
 * before writing shows every row read before the first byte arrives.
 */
public final class StreamingOutput extends OutputStream {

	private final IntSupplier rowsRead;

	private long lines;

	private int readWhenFirstWritten = -1;

	private long mostRowsAhead;

	public StreamingOutput(IntSupplier rowsRead) {
		this.rowsRead = rowsRead;
	}

	/** Lines written so far. */
	public long lines() {
		return lines;
	}

	/** Rows the source had handed out when the first byte arrived (-1: nothing written yet). */
	public int readWhenFirstWritten() {
		return readWhenFirstWritten;
	}

	/** The most rows read but not yet written at any moment (the header line excluded). */
	public long mostRowsAhead() {
		return mostRowsAhead;
	}

	@Override
	public void write(int b) {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) {
		int read = rowsRead.getAsInt();
		if (readWhenFirstWritten < 0) {
			readWhenFirstWritten = read;
		}
		for (int i = offset; i < offset + length; i++) {
			if (bytes[i] == '\n') {
				lines++;
			}
		}
		mostRowsAhead = Math.max(mostRowsAhead, read - (lines - 1));
	}
}
