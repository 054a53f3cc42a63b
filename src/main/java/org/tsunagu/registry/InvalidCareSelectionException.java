package org.tsunagu.registry;

/**
 * Thrown when a care item or 見守り level does not exist in the 判定スコア table (e.g. 見守り中 for 気管切開);
 * shown as HTTP 400.
 */
public class InvalidCareSelectionException extends IllegalArgumentException {

	public InvalidCareSelectionException(String message) {
		super(message);
	}
}
