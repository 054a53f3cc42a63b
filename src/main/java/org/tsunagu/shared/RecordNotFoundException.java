package org.tsunagu.shared;

/**
 * Thrown when a record asked for by id does not exist (or is invisible to the caller); shown as HTTP 404.
 */
public class RecordNotFoundException extends RuntimeException {

	public RecordNotFoundException(String type, Object id) {
		super(type + " " + id + " not found");
	}
}
