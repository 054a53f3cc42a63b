package org.tsunagu.reference.internal;

/**
 * A 圏域 with the number of its municipalities (retired ones included), for the admin list.
 */
public record RegionSummary(Region region, long municipalities) {
}
