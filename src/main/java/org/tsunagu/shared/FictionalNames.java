package org.tsunagu.shared;

import java.util.List;
import java.util.Random;

/**
 * Obviously fictional Japanese names for demo and test data: the family names mean "sample", "test",
 * "fictional" and so on, so nobody can mistake a demo record for a real person.
 */
public final class FictionalNames {

	/** Family names with their katakana readings. */
	private static final List<String[]> FAMILY = List.of(new String[] { "見本", "ミホン" },
			new String[] { "試験", "シケン" }, new String[] { "架空", "カクウ" }, new String[] { "仮野", "カリノ" },
			new String[] { "例田", "レイダ" }, new String[] { "模擬", "モギ" }, new String[] { "想定", "ソウテイ" },
			new String[] { "空野", "ソラノ" }, new String[] { "仮山", "カリヤマ" }, new String[] { "例川", "レイカワ" });

	private static final List<String[]> GIVEN = List.of(new String[] { "花子", "ハナコ" },
			new String[] { "太郎", "タロウ" }, new String[] { "陽菜", "ヒナ" }, new String[] { "蓮", "レン" },
			new String[] { "さくら", "サクラ" }, new String[] { "湊", "ミナト" }, new String[] { "結衣", "ユイ" },
			new String[] { "大和", "ヤマト" }, new String[] { "凛", "リン" }, new String[] { "悠真", "ユウマ" },
			new String[] { "芽依", "メイ" }, new String[] { "颯太", "ソウタ" });

	private final Random random;

	/** A generator that gives the same names for the same seed. */
	public FictionalNames(long seed) {
		this.random = new Random(seed);
	}

	/** A person's name in kanji and katakana. */
	public Name next() {
		String[] family = FAMILY.get(random.nextInt(FAMILY.size()));
		String[] given = GIVEN.get(random.nextInt(GIVEN.size()));
		return new Name(family[0] + " " + given[0], family[1] + " " + given[1]);
	}

	/**
	 * A fictional name.
	 *
	 * @param kanji 見本 花子
	 * @param kana ミホン ハナコ
	 */
	public record Name(String kanji, String kana) {
	}
}
