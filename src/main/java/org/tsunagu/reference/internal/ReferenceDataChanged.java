package org.tsunagu.reference.internal;

/**
 * Published inside the transaction of every edit of reference data, so the read snapshot is rebuilt once
 * the edit is committed.
 */
record ReferenceDataChanged(String targetType) {
}
