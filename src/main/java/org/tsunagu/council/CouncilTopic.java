package org.tsunagu.council;

/**
 * One 会議事項 of a council (要綱: 全県 a–e, 庁内 ア–オ): what agenda items are tagged with.
 *
 * @param code the letter of the 要綱 (a, ア …)
 * @param label the text of the 要綱
 */
public record CouncilTopic(String code, String label) {
}
