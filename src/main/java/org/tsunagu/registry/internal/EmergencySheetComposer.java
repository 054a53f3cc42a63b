package org.tsunagu.registry.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.shared.JapaneseDates;

import static org.tsunagu.registry.internal.EmergencySheetContent.Row;

/**
 * Puts a child's record, latest care assessment and emergency information into the words of the sheet.
 * The sheet is always Japanese: it is read by Japanese ambulance crews and emergency rooms.
 */
@Component
class EmergencySheetComposer {

	static final String NONE = "登録なし";

	private final JapaneseDates dates;

	private final MessageSource messages;

	EmergencySheetComposer(JapaneseDates dates, MessageSource messages) {
		this.dates = dates;
		this.messages = messages;
	}

	EmergencySheetContent compose(ChildDetails child, Optional<CareSummary> care, EmergencyInfoInput info,
			int versionNumber, Instant printedAt) {
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("生年月日・年齢", dates.both(child.birthDate()) + "　"
				+ child.schoolAge(JapaneseDates.today()).age() + "歳　性別：" + sex(child)));
		rows.add(new Row("住所", address(child)));
		rows.add(new Row("MEIS登録", child.meisRegistered() ? "あり（MEISの救急サマリーも参照）" : "なし"));
		rows.add(new Row("診断名", text(child.diagnoses())));
		rows.add(new Row("医療的ケア", care.map(this::careItems).orElse(NONE)));
		rows.add(new Row("医療機器・設定", care.map(EmergencySheetComposer::devices).orElse(NONE)));
		rows.add(new Row("服薬", text(info.medications())));
		rows.add(new Row("アレルギー", text(info.allergies())));
		rows.add(new Row("平常時のバイタル", vitals(info)));
		rows.add(new Row("けいれん時の対応", text(info.seizureInstructions())));
		rows.add(new Row("カニューレ・チューブ抜去時の対応", text(info.decannulationInstructions())));
		rows.add(new Row("主治医・医療機関", "主治医：" + text(child.primaryDoctor()) + "\n医療機関：" + text(child.hospital())));
		rows.add(new Row("家族の連絡先", family(child.family())));
		rows.add(new Row("その他", text(info.otherNotes())));
		return new EmergencySheetContent(child.fullName(), child.fullNameKana(), versionNumber,
				dates.dateTime(printedAt) + "（日本時間）", rows,
				"家族の同意のもと医療的ケア児等支援センターの台帳から作成。内容は印刷時点のものです。最新の情報は台帳・主治医に確認してください。");
	}

	private String careItems(CareSummary care) {
		String items = care.careItems().isEmpty() ? NONE : String.join("\n", care.careItems());
		String careClass = messages.getMessage(care.careClassKey(), null, "", Locale.JAPANESE);
		return items + "\n（判定スコア " + care.score() + "点" + (careClass.isEmpty() ? "" : "・" + careClass) + "、"
				+ dates.seireki(care.assessedOn()) + "判定）";
	}

	private static String devices(CareSummary care) {
		String devices = care.devices().isEmpty() ? NONE : String.join("\n", care.devices());
		return care.powerDependent() ? devices + "\n※電源を必要とする機器あり（停電時は予備バッテリー・手動器具を確認）" : devices;
	}

	private static String vitals(EmergencyInfoInput info) {
		String vitals = Stream
			.of(pair("SpO2", info.spo2()), pair("心拍数", info.heartRate()), pair("呼吸数", info.respiratoryRate()),
					pair("体温", info.bodyTemperature()), pair("体重", info.bodyWeight()))
			.filter(part -> !part.isEmpty())
			.collect(Collectors.joining("　"));
		return vitals.isEmpty() ? NONE : vitals;
	}

	/** Family members, the first person to call first, each with a phone number to dial. */
	static String family(List<FamilyMemberInput> family) {
		if (family.isEmpty()) {
			return NONE;
		}
		return family.stream()
			.sorted(Comparator.comparing(member -> !member.primaryContact()))
			.map(member -> member.relationship() + "　" + member.name() + "　" + phone(member.phone())
					+ (member.primaryContact() ? "（第一連絡先）" : ""))
			.collect(Collectors.joining("\n"));
	}

	/** 0263123456 → 0263-12-3456 is not knowable without area-code tables; group only mobile numbers. */
	static String phone(@Nullable String digits) {
		if (digits == null || digits.isBlank()) {
			return "電話番号なし";
		}
		if (digits.length() == 11 && digits.matches("0[5789]0\\d{8}")) {
			return digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
		}
		return digits;
	}

	private String address(ChildDetails child) {
		String postal = child.postalCode() == null ? "" : "〒" + child.postalCode() + "　";
		// The form keeps the part after the municipality, so the sheet puts the municipality in front.
		String address = child.address() == null || child.address().isBlank() ? child.municipalityName()
				: child.municipalityName() + child.address();
		return postal + address;
	}

	private static String sex(ChildDetails child) {
		switch (child.sex()) {
			case MALE:
				return "男";
			case FEMALE:
				return "女";
			default:
				return "その他・回答なし";
		}
	}

	private static String pair(String label, @Nullable String value) {
		return value == null || value.isBlank() ? "" : label + " " + value.strip();
	}

	private static String text(@Nullable String value) {
		return value == null || value.isBlank() ? NONE : value.strip();
	}
}
