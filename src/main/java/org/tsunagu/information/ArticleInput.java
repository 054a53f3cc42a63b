package org.tsunagu.information;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff write for an article. Good-practice fields ({@code regionName}, {@code theme}, {@code result},
 * {@code contact}) are ignored for the other kinds.
 *
 * @param slug the last part of the public address (lower-case letters, digits, hyphens); generated when blank
 * @param body Markdown; for a good practice: what was done; for a FAQ: the answer
 * @param publishFrom the first day the published version is shown (today when blank)
 * @param publishUntil the last day it is shown, or null for no end
 */
public record ArticleInput(ArticleKind kind, @Nullable String slug, String title, @Nullable String summary,
		String body, @Nullable String regionName, @Nullable PracticeTheme theme, @Nullable String result,
		@Nullable String contact, @Nullable LocalDate publishFrom, @Nullable LocalDate publishUntil) {
}
