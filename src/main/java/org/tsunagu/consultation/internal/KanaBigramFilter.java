package org.tsunagu.consultation.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins the terms of a stream into runs — a run ends where the source text has a gap (a space or a
 * punctuation mark the tokenizer dropped) — folds katakana to hiragana and emits each run as overlapping
 * character bigrams, one position apart, with an extra position between runs.
 * <p>
 * Queried as a phrase, the bigrams match any stretch of at least two characters of a run, however the
 * tokenizer cut the words: kuromoji cuts the query きかんせっかい differently from the readings of 気管切開
 * (キカン/セッカイ), so matching reading by reading would miss. A run of one character is emitted as is.
 */
final class KanaBigramFilter extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final List<Gram> grams = new ArrayList<>();

	private int next = -1;

	KanaBigramFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (next < 0) {
			readAll();
			next = 0;
		}
		if (next >= grams.size()) {
			return false;
		}
		Gram gram = grams.get(next++);
		clearAttributes();
		term.setEmpty().append(gram.text());
		offset.setOffset(gram.start(), gram.end());
		increment.setPositionIncrement(gram.increment());
		return true;
	}

	private void readAll() throws IOException {
		StringBuilder run = new StringBuilder();
		List<int[]> runOffsets = new ArrayList<>();
		int runEnd = -1;
		while (input.incrementToken()) {
			if (runEnd >= 0 && offset.startOffset() > runEnd) {
				emit(run, runOffsets);
				run.setLength(0);
				runOffsets.clear();
			}
			addOffsets(runOffsets, term.toString(), offset.startOffset(), offset.endOffset());
			run.append(term);
			runEnd = offset.endOffset();
		}
		emit(run, runOffsets);
	}

	/**
	 * The source offsets of each character of a term, so a bigram covers only its own two characters (the
	 * highlighter marks what matched, not the whole run). When a char filter changed the term's length (ｶﾞ →
	 * ガ) or the term is a reading, its characters share the term's offsets.
	 */
	private static void addOffsets(List<int[]> offsets, String text, int start, int end) {
		boolean exact = end - start == text.length();
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int width = Character.charCount(text.codePointAt(i));
			offsets.add(exact ? new int[] { start + i, start + i + width } : new int[] { start, end });
		}
	}

	private void emit(StringBuilder run, List<int[]> offsets) {
		String text = hiragana(run);
		int[] codePoints = text.codePoints().toArray();
		if (codePoints.length == 0) {
			return;
		}
		int gap = grams.isEmpty() ? 1 : 2;
		if (codePoints.length == 1) {
			grams.add(new Gram(text, offsets.get(0)[0], offsets.get(0)[1], gap));
			return;
		}
		for (int i = 0; i + 1 < codePoints.length; i++) {
			grams.add(new Gram(new String(codePoints, i, 2), offsets.get(i)[0],
					Math.max(offsets.get(i)[1], offsets.get(i + 1)[1]), i == 0 ? gap : 1));
		}
	}

	/** Katakana to hiragana, everything else unchanged (ー stays, on both sides of a match). */
	static String hiragana(CharSequence text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '\u30A1' && c <= '\u30F6') || c == '\u30FD' || c == '\u30FE') {
				folded.append((char) (c - 0x60));
			}
			else {
				folded.append(c);
			}
		}
		return folded.toString();
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		grams.clear();
		next = -1;
	}

	private record Gram(String text, int start, int end, int increment) {
	}
}
