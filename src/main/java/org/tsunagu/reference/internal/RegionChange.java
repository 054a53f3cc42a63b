package org.tsunagu.reference.internal;

/**
 * An administrator's edit of a 圏域, based on the version they saw; the name is the key and does not change.
 */
public record RegionChange(String alias, String office, String officeCity, int sortOrder, boolean retired,
		long version) {
}
