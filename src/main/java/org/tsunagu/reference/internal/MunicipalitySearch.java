package org.tsunagu.reference.internal;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the municipality list.
 *
 * @param region a region name, or null for all
 * @param text part of the name or of the reading (hiragana, katakana or half-width kana), or null
 */
public record MunicipalitySearch(@Nullable String region, @Nullable String text) {
}
