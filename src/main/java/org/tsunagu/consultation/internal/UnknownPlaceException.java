package org.tsunagu.consultation.internal;

/**
 * Neither a known municipality nor a known 圏域 was given, so the consultation cannot be placed in a 圏域
 * (and the scope of a health office could not be checked).
 */
public class UnknownPlaceException extends IllegalArgumentException {

	UnknownPlaceException(String message) {
		super(message);
	}
}
