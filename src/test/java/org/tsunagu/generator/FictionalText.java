package org.tsunagu.generator;

import java.util.SplittableRandom;

/**
 * Fictional Japanese names and case notes for the national-scale dataset. Every name is made up from syllables
 * and common words, every note is marked （架空）; no real person or record is behind any of it.
 */
final class FictionalText {

	private static final String[][] FAMILY = { { "見本", "ミホン" }, { "試験", "シケン" }, { "架空", "カクウ" },
			{ "仮山", "カリヤマ" }, { "例川", "レイカワ" }, { "空野", "ソラノ" }, { "模擬", "モギ" }, { "想定", "ソウテイ" },
			{ "雛形", "ヒナガタ" }, { "仮田", "カリタ" }, { "例野", "レイノ" }, { "見立", "ミタテ" }, { "試川", "タメシカワ" },
			{ "仮原", "カリハラ" }, { "虚木", "ウロキ" }, { "案野", "アンノ" } };

	private static final String[][] GIVEN = { { "花子", "ハナコ" }, { "太郎", "タロウ" }, { "陽菜", "ヒナ" },
			{ "蓮", "レン" }, { "結衣", "ユイ" }, { "湊", "ミナト" }, { "葵", "アオイ" }, { "悠真", "ユウマ" }, { "凛", "リン" },
			{ "陽翔", "ハルト" }, { "紬", "ツムギ" }, { "蒼", "アオ" } };

	private static final String[] SITUATIONS = { "気管切開をしている子どもの", "経管栄養を行っている子どもの",
			"人工呼吸器を使用している子どもの", "たん吸引が必要な子どもの", "酸素療法を受けている子どもの", "導尿が必要な子どもの",
			"在宅で医療的ケアを受けている子どもの", "NICUを退院予定の子どもの" };

	private static final String[] CONCERNS = { "保育所への入所について相談したい。", "小学校就学に向けた準備について知りたい。",
			"短期入所先が見つからず困っている。", "災害時の電源確保について不安がある。", "訪問看護の回数を増やしたい。",
			"家族の休息（レスパイト）の方法を知りたい。", "通学時の付き添いの負担が大きい。", "放課後等デイサービスの利用を検討している。",
			"医療費の助成制度について教えてほしい。", "きょうだい児の行事の間の預け先を探している。" };

	private static final String[] ANSWERS = { "（架空）市町村の担当課を案内した。", "（架空）利用可能な事業所の一覧を送付した。",
			"（架空）次回、家庭訪問で詳しく聞き取ることとした。", "（架空）医療的ケア児等コーディネーターにつないだ。",
			"（架空）制度の概要を説明し、申請書類を案内した。" };

	private static final String[] CONTACTS = { "（架空）母に電話し、その後の様子を確認した。体調は安定している。",
			"（架空）訪問看護ステーションと情報共有した。週2回の訪問で調整中。", "（架空）学校と打合せを行い、看護師配置について確認した。",
			"（架空）相談支援専門員とサービス等利用計画を見直した。", "（架空）家庭訪問し、吸引器の予備電源を一緒に確認した。",
			"（架空）短期入所先から受入れ可能との連絡があった。" };

	static final String[] PLACES = { "県庁会議室（架空）", "保健福祉事務所 大会議室（架空）", "オンライン（架空）" };

	private final SplittableRandom random;

	FictionalText(SplittableRandom random) {
		this.random = random;
	}

	String[] familyName() {
		return pick(FAMILY);
	}

	String[] givenName() {
		return pick(GIVEN);
	}

	String consultation() {
		return "（架空）" + pick(SITUATIONS) + pick(CONCERNS) + pick(CONCERNS);
	}

	String answer() {
		return pick(ANSWERS);
	}

	String contact() {
		return pick(CONTACTS);
	}

	<T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}
}
