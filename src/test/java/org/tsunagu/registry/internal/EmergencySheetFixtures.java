package org.tsunagu.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;

/**
 * An obviously fictional child for sheet tests.
 */
final class EmergencySheetFixtures {

	private EmergencySheetFixtures() {
	}

	static ChildDetails child() {
		return new ChildDetails(UUID.fromString("00000000-0000-0000-0000-000000000042"), 3, "見本", "花子", "ミホン",
				"ハナコ", LocalDate.of(2019, 4, 2), Sex.FEMALE, "390-0000", "長野県松本市架空町1-2-3", "202029", "松本市",
				"松本", "架空症候群（テスト用）、慢性呼吸不全", "Q99.9", "架空 一郎（小児科）", "架空こども病院　0263-00-0000",
				null, null, null, null, true, ChildStatus.ENROLLED, null, null,
				List.of(new FamilyMemberInput("見本 次郎", "ミホン ジロウ", "父", "0263000001", null, false),
						new FamilyMemberInput("見本 桜", "ミホン サクラ", "母", "09000000000", null, true)),
				null, null);
	}

	static CareSummary care() {
		return new CareSummary(LocalDate.of(2025, 10, 1), 24, "registry.careClass.CLASS_2",
				List.of("人工呼吸器の管理（見守り高）", "気管切開の管理", "喀痰吸引（口鼻腔・気管内）", "経管栄養（胃ろう）"),
				List.of("人工呼吸器 架空メディカル VX-1（PS 10 / PEEP 5 / FiO2 0.3）内部バッテリー4時間", "吸引器 架空社 S-2"),
				true);
	}

	static EmergencyInfoInput info() {
		return new EmergencyInfoInput("エピレナート（架空）朝夕 各1包\n酸化マグネシウム 1日2回", "卵（じんましん）、テープかぶれ", "95〜98%",
				"90〜120/分", "20〜30/分", "36.5〜37.2℃", "18.5kg",
				"全身性のけいれんが5分以上続くときは救急要請。ダイアップ坐剤（架空）6mgを挿肛。呼吸状態を観察し、吸引する。",
				"予備のカニューレ（4.0mm）を再挿入。入らなければ一回り細いもの（3.5mm）。バッグで換気しながら救急要請。", "体位：右側臥位を好む。");
	}
}
