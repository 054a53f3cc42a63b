package org.tsunagu.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

import static org.tsunagu.registry.internal.EmergencySheetContent.Row;

/**
 * The sheet's table: a shaded label cell and a text cell per row. It uses the largest font size at which
 * every row fits; when even the smallest is too big, each row keeps what fits in its share of the page and
 * ends with {@link #CONTINUED}, so nothing is lost without a word.
 */
final class EmergencySheetTable {

	static final String CONTINUED = "…（続きは台帳を参照）";

	static final float[] SIZES = { 10.5f, 9.5f, 8.5f, 7.5f, 6.5f };

	private static final float LABEL_WIDTH = 112f;

	private static final float PADDING = 4f;

	private static final float LEADING = 1.4f;

	private final PDFont regular;

	private final PDFont bold;

	private final float width;

	EmergencySheetTable(PDFont regular, PDFont bold, float width) {
		this.regular = regular;
		this.bold = bold;
		this.width = width;
	}

	/** Draws the rows from {@code top} down, never below {@code bottom}. */
	void draw(PdfCanvas canvas, List<Row> rows, float x, float top, float bottom) {
		Layout layout = fit(rows, top - bottom);
		float y = top;
		for (int i = 0; i < rows.size(); i++) {
			List<String> label = layout.labels().get(i);
			List<String> text = layout.texts().get(i);
			float height = rowHeight(Math.max(label.size(), text.size()), layout.size());
			canvas.box(x, y, LABEL_WIDTH, height, 0.9f);
			canvas.box(x + LABEL_WIDTH, y, width - LABEL_WIDTH, height, 1f);
			lines(canvas, bold, layout.size(), label, x + PADDING, y);
			lines(canvas, regular, layout.size(), text, x + LABEL_WIDTH + PADDING, y);
			y -= height;
		}
	}

	/** The wrapped labels and texts at the chosen size, cut where the page is too short. */
	Layout fit(List<Row> rows, float available) {
		for (float size : SIZES) {
			Layout layout = wrapAll(rows, size);
			if (layout.height() <= available) {
				return layout;
			}
		}
		return truncate(wrapAll(rows, SIZES[SIZES.length - 1]), available);
	}

	/**
	 * Shares the lines that fit fairly: short rows keep all their lines, long rows get the same cap, the
	 * largest that fits, so one long entry cannot push the family contacts off the page.
	 */
	private Layout truncate(Layout layout, float available) {
		float size = layout.size();
		int rows = layout.texts().size();
		int capacity = (int) ((available - rows * (2 * PADDING - (LEADING - 1) * size)) / (size * LEADING));
		int longest = layout.texts().stream().mapToInt(List::size).max().orElse(1);
		int cap = 1;
		while (cap < longest && linesWithCap(layout, cap + 1) <= capacity) {
			cap++;
		}
		List<List<String>> texts = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			List<String> text = layout.texts().get(i);
			int room = Math.max(cap, layout.labels().get(i).size());
			if (text.size() > room) {
				text = new ArrayList<>(text.subList(0, room - 1));
				text.add(CONTINUED);
			}
			texts.add(text);
		}
		return new Layout(size, layout.labels(), texts);
	}

	private static int linesWithCap(Layout layout, int cap) {
		int lines = 0;
		for (int i = 0; i < layout.texts().size(); i++) {
			int label = layout.labels().get(i).size();
			lines += Math.max(label, Math.min(layout.texts().get(i).size(), Math.max(cap, label)));
		}
		return lines;
	}

	private Layout wrapAll(List<Row> rows, float size) {
		List<List<String>> labels = new ArrayList<>();
		List<List<String>> texts = new ArrayList<>();
		for (Row row : rows) {
			labels.add(PdfCanvas.wrap(bold, size, row.label(), LABEL_WIDTH - 2 * PADDING));
			texts.add(PdfCanvas.wrap(regular, size, row.text(), width - LABEL_WIDTH - 2 * PADDING));
		}
		return new Layout(size, labels, texts);
	}

	private static void lines(PdfCanvas canvas, PDFont font, float size, List<String> lines, float x, float top) {
		float baseline = top - PADDING - size;
		for (String line : lines) {
			canvas.text(font, size, x, baseline, line);
			baseline -= size * LEADING;
		}
	}

	static float rowHeight(int lines, float size) {
		return Math.max(1, lines) * size * LEADING + 2 * PADDING - (LEADING - 1) * size;
	}

	/** Wrapped text at one font size. */
	record Layout(float size, List<List<String>> labels, List<List<String>> texts) {

		float height() {
			float height = 0;
			for (int i = 0; i < labels.size(); i++) {
				height += rowHeight(Math.max(labels.get(i).size(), texts.get(i).size()), size);
			}
			return height;
		}
	}
}
