package org.tsunagu.registry.internal;

import java.util.Map;

/**
 * Japanese labels of the registry's read records in a disclosure; components without a label keep their name.
 */
final class RegistryDataLabels {

	static final Map<String, String> CHILD = Map.ofEntries(Map.entry("familyName", "姓"),
			Map.entry("givenName", "名"), Map.entry("familyNameKana", "フリガナ（姓）"),
			Map.entry("givenNameKana", "フリガナ（名）"), Map.entry("birthDate", "生年月日"), Map.entry("sex", "性別"),
			Map.entry("postalCode", "郵便番号"), Map.entry("address", "住所"), Map.entry("municipalityCode", "市町村コード"),
			Map.entry("municipalityName", "市町村"), Map.entry("regionName", "圏域"), Map.entry("diagnoses", "診断名"),
			Map.entry("icd10Code", "ICD-10"), Map.entry("primaryDoctor", "主治医"), Map.entry("hospital", "医療機関"),
			Map.entry("servicesUsed", "利用サービス"), Map.entry("schoolStatus", "就学状況"),
			Map.entry("schoolName", "学校・園"), Map.entry("coordinatorName", "医療的ケア児等コーディネーター"),
			Map.entry("meisRegistered", "MEIS登録"), Map.entry("status", "状態"), Map.entry("statusDate", "状態の日付"),
			Map.entry("statusReason", "状態の理由"), Map.entry("family", "家族"), Map.entry("updatedAt", "最終更新"),
			Map.entry("updatedBy", "更新者"));

	static final Map<String, String> CARE = Map.ofEntries(Map.entry("assessedOn", "判定日"),
			Map.entry("assessedBy", "判定者"), Map.entry("total", "合計点"), Map.entry("careClass", "区分"),
			Map.entry("items", "医療的ケア"), Map.entry("devices", "医療機器"), Map.entry("notes", "備考"),
			Map.entry("createdAt", "記録日時"), Map.entry("createdBy", "記録者"), Map.entry("scoredOn", "判定日"),
			Map.entry("classification", "判定"));

	static final Map<String, String> CONSENT = Map.ofEntries(Map.entry("purpose", "目的"),
			Map.entry("organisation", "共有先"), Map.entry("institutionKind", "関係機関の種別"),
			Map.entry("givenOn", "同意日"), Map.entry("method", "方法"), Map.entry("recordedBy", "記録者"),
			Map.entry("expiresOn", "有効期限"), Map.entry("withdrawnOn", "撤回日"),
			Map.entry("withdrawalReason", "撤回の理由"), Map.entry("state", "状態"));

	static final Map<String, String> EMERGENCY = Map.ofEntries(Map.entry("medications", "服薬"),
			Map.entry("allergies", "アレルギー"), Map.entry("spo2", "SpO2"), Map.entry("heartRate", "心拍数"),
			Map.entry("respiratoryRate", "呼吸数"), Map.entry("bodyTemperature", "体温"), Map.entry("bodyWeight", "体重"),
			Map.entry("seizureInstructions", "けいれん時の対応"),
			Map.entry("decannulationInstructions", "カニューレ・チューブ抜去時の対応"), Map.entry("otherNotes", "その他"));

	static final Map<String, String> PLAN = Map.ofEntries(Map.entry("stage", "段階"), Map.entry("labelKey", "項目"),
			Map.entry("date", "予定日"), Map.entry("alertFrom", "通知開始"), Map.entry("actualDate", "実施日"),
			Map.entry("notes", "備考"), Map.entry("status", "状態"));

	private RegistryDataLabels() {
	}
}
