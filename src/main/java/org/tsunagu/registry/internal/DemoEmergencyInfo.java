package org.tsunagu.registry.internal;

import java.util.List;
import java.util.Random;

import org.tsunagu.registry.EmergencyInfoInput;

/**
 * Obviously fictional emergency information for demo children (架空 drug names, round numbers).
 */
final class DemoEmergencyInfo {

	private static final List<String> MEDICATIONS = List.of("架空バルプロ酸シロップ 朝夕 各2mL",
			"架空整腸剤 1日3回 各0.5g", "架空去痰薬 1日3回 各1包", "なし（頓用の解熱剤のみ）");

	private static final List<String> ALLERGIES = List.of("なし", "卵（じんましん）", "医療用テープでかぶれやすい",
			"ラテックス（架空の既往）");

	private static final List<String> SEIZURES = List.of(
			"5分以上続くときは救急要請。架空坐剤 6mg を挿肛し、顔を横に向けて吸引する。",
			"1日に3回以上の発作は主治医へ連絡。呼吸が止まるときは救急要請。", "けいれんの既往なし。");

	private static final List<String> DECANNULATION = List.of(
			"予備のカニューレ（同じ太さ・一回り細いもの）を再挿入。入らなければバッグで換気しながら救急要請。",
			"胃ろうボタンが抜けたら、ガーゼで覆い2時間以内に架空こども病院へ。", "該当なし。");

	private DemoEmergencyInfo() {
	}

	static EmergencyInfo forChild(Child child, Random random) {
		EmergencyInfo info = new EmergencyInfo(child.getId());
		int spo2 = 92 + random.nextInt(5);
		info.apply(new EmergencyInfoInput(pick(MEDICATIONS, random), pick(ALLERGIES, random),
				spo2 + "〜" + (spo2 + 3) + "%", (80 + 10 * random.nextInt(4)) + "〜" + (120 + 10 * random.nextInt(3)) + "/分",
				(16 + 2 * random.nextInt(4)) + "〜" + (28 + 2 * random.nextInt(3)) + "/分", "36.5℃前後",
				(8 + random.nextInt(25)) + "kg（デモ）", pick(SEIZURES, random), pick(DECANNULATION, random),
				"デモ用の架空データです。"));
		return info;
	}

	private static String pick(List<String> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}
}
