package org.tsunagu.council;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A new action item (宿題事項) from an agenda item.
 *
 * @param title what is to be done
 * @param owner the organisation or department responsible
 * @param dueOn by when
 */
public record ActionInput(String title, String owner, @Nullable LocalDate dueOn) {
}
