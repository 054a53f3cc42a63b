package org.tsunagu.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One row of the staff's content list.
 *
 * @param publiclyVisible whether a version is on the public site today
 */
public record ArticleListItem(UUID id, ArticleKind kind, String slug, String title, ArticleStatus status,
		@Nullable LocalDate publishFrom, @Nullable LocalDate publishUntil, boolean publiclyVisible,
		@Nullable Instant updatedAt, @Nullable String updatedBy) {
}
