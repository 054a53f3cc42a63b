package org.tsunagu.registry.internal;

/**
 * Thrown when a child's municipality code is not a known 地方公共団体コード; shown as a field error.
 */
public class UnknownMunicipalityException extends IllegalArgumentException {

	public UnknownMunicipalityException(String code) {
		super("Unknown municipality code: " + code);
	}
}
