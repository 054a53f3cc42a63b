package org.tsunagu.reference.internal;

/**
 * An administrator's edit of a 市町村, based on the version they saw.
 */
public record MunicipalityChange(String name, String kana, String regionName, boolean retired, long version) {
}
