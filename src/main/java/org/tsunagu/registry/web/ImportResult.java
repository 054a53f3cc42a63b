package org.tsunagu.registry.web;

import java.util.List;

import org.tsunagu.registry.ChildInput;

/**
 * What a file holds: the children to import when there are no errors, or every error found.
 */
record ImportResult(List<ChildInput> children, List<ImportError> errors) {

	boolean isValid() {
		return errors.isEmpty();
	}
}
