package org.tsunagu.consultation;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of a found record with the matched words marked, as plain text parts: the screen shows the
 * marked parts in {@code <mark>} and escapes everything, so no HTML from the index ever reaches the page.
 *
 * @param parts the passage in order; {@code match} parts are what the words matched
 */
public record SearchExcerpt(List<Part> parts) {

	/** Where the highlighter starts a match: a private-use character, so it cannot be confused with text. */
	public static final String MATCH_START = "\uE000";

	/** Where the highlighter ends a match. */
	public static final String MATCH_END = "\uE001";

	/**
	 * One run of text.
	 *
	 * @param text the characters
	 * @param match whether the query matched them
	 */
	public record Part(String text, boolean match) {
	}

	public SearchExcerpt {
		parts = List.copyOf(parts);
	}

	/** A passage with nothing marked. */
	public static SearchExcerpt plain(String text) {
		return new SearchExcerpt(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
	}

	/** Splits the highlighter's output at {@link #MATCH_START} and {@link #MATCH_END}. */
	public static SearchExcerpt marked(String highlighted) {
		List<Part> parts = new ArrayList<>();
		int position = 0;
		while (position < highlighted.length()) {
			int start = highlighted.indexOf(MATCH_START, position);
			if (start < 0) {
				parts.add(new Part(highlighted.substring(position), false));
				break;
			}
			if (start > position) {
				parts.add(new Part(highlighted.substring(position, start), false));
			}
			int end = highlighted.indexOf(MATCH_END, start);
			int stop = end < 0 ? highlighted.length() : end;
			parts.add(new Part(highlighted.substring(start + 1, stop), true));
			position = end < 0 ? stop : end + 1;
		}
		return new SearchExcerpt(merged(parts));
	}

	/** Whether any part is a match. */
	public boolean hasMatch() {
		return parts.stream().anyMatch(Part::match);
	}

	/** The passage without marks. */
	public String text() {
		StringBuilder text = new StringBuilder();
		parts.forEach(part -> text.append(part.text()));
		return text.toString();
	}

	/** Adjacent parts of the same kind joined (the highlighter marks 気管 and 切開 separately). */
	private static List<Part> merged(List<Part> parts) {
		List<Part> merged = new ArrayList<>();
		for (Part part : parts) {
			if (part.text().isEmpty()) {
				continue;
			}
			int last = merged.size() - 1;
			if (last >= 0 && merged.get(last).match() == part.match()) {
				merged.set(last, new Part(merged.get(last).text() + part.text(), part.match()));
			}
			else {
				merged.add(part);
			}
		}
		return merged;
	}
}
