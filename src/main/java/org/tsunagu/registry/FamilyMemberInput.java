package org.tsunagu.registry;

import org.jspecify.annotations.Nullable;

/**
 * A guardian or family member as entered.
 *
 * @param name 氏名
 * @param kana フリガナ (converted to full-width katakana)
 * @param relationship 続柄 (母, 父, 祖母 …)
 * @param phone 電話番号
 * @param email メールアドレス
 * @param primaryContact whether this is the first person to call
 */
public record FamilyMemberInput(String name, @Nullable String kana, String relationship, @Nullable String phone,
		@Nullable String email, boolean primaryContact) {
}
