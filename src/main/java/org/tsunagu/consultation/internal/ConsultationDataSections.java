package org.tsunagu.consultation.internal;

import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.shared.ChildDataRecord;
import org.tsunagu.shared.ChildDataSection;
import org.tsunagu.shared.JapaneseDates;

/**
 * The consultation module's parts of a disclosure (開示請求): the consultations, cases and referrals about a
 * child. Read from the repositories without scope checks or audit: the disclosure checks and audits once.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationDataSections {

	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("receivedAt", "受付日時"),
			Map.entry("channel", "経路"), Map.entry("consulterType", "相談者の種別"), Map.entry("consulterName", "相談者"),
			Map.entry("consulterOrganisation", "相談者の所属"), Map.entry("municipalityCode", "市町村コード"),
			Map.entry("municipalityName", "市町村"), Map.entry("regionName", "圏域"), Map.entry("childLink", "児童との関係"),
			Map.entry("topics", "相談内容の分類"), Map.entry("content", "相談内容"), Map.entry("answer", "対応"),
			Map.entry("nextStep", "今後の対応"), Map.entry("status", "状態"), Map.entry("recordedBy", "記録者"),
			Map.entry("consultationId", "相談"), Map.entry("title", "件名"), Map.entry("ownerName", "担当者"),
			Map.entry("priority", "優先度"), Map.entry("openedOn", "開始日"), Map.entry("closedOn", "終了日"),
			Map.entry("nextContactDue", "次回連絡予定"), Map.entry("timeline", "経過"), Map.entry("tasks", "タスク"));

	@Bean
	ChildDataSection consultationDisclosureSection(ConsultationRepository consultations) {
		return ChildDataSection.of("consultations", "相談記録", 70, childId -> consultations
			.findByChildIdOrderByReceivedAtDesc(childId)
			.stream()
			.map(c -> ChildDataRecord.builder(c.getId(), "相談 " + new JapaneseDates().dateTime(c.getReceivedAt()))
				.components(ConsultationViews.details(c, null), LABELS)
				.build())
			.toList());
	}

	@Bean
	ChildDataSection caseDisclosureSection(CaseRepository cases, ReferralRepository referrals) {
		return ChildDataSection.of("cases", "支援ケース・紹介", 80, childId -> cases
			.findByChildIdOrderByOpenedOnDesc(childId)
			.stream()
			.flatMap(c -> Stream.concat(
					Stream.of(ChildDataRecord.builder(c.getId(), "ケース " + c.getTitle())
						.components(CaseViews.details(c, JapaneseDates.today()), LABELS)
						.build()),
					referrals.findByCaseIdOrderByReferredOnDesc(c.getId()).stream().map(ConsultationDataSections::referral)))
			.toList());
	}

	private static ChildDataRecord referral(Referral r) {
		return ChildDataRecord.builder(r.getId(), "紹介 " + r.getInstitutionName())
			.field("紹介先", r.getInstitutionName())
			.field("理由", r.getReason())
			.field("紹介日", r.getReferredOn())
			.field("同意の根拠", r.getConsentBasis())
			.field("結果", r.getOutcome())
			.field("結果の日付", r.getOutcomeOn())
			.field("結果の備考", r.getOutcomeNote())
			.build();
	}
}
