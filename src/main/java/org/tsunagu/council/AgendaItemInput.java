package org.tsunagu.council;

import org.jspecify.annotations.Nullable;

/**
 * A new agenda item.
 *
 * @param title what is discussed
 * @param topicCode one of the council's 会議事項 codes
 * @param presenter who presents it
 */
public record AgendaItemInput(String title, String topicCode, @Nullable String presenter) {
}
