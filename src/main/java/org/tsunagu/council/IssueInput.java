package org.tsunagu.council;

/**
 * A 地域課題 raised by a 圏域会議.
 *
 * @param title a short title
 * @param description the issue and what the 圏域 asks of the prefecture
 */
public record IssueInput(String title, String description) {
}
