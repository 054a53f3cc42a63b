package org.tsunagu.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.CareAssessmentManagement;
import org.tsunagu.registry.ConsentManagement;
import org.tsunagu.registry.DisasterPlanManagement;
import org.tsunagu.registry.LifeStageManagement;
import org.tsunagu.shared.ChildDataRecord;
import org.tsunagu.shared.ChildDataSection;

/**
 * The registry's parts of a disclosure (開示請求): the record, care assessments, consents, emergency
 * information with the printed sheets, life stages, the disaster plan and the emergency accesses. Reads
 * through the module's own APIs where they exist (which audit their read), otherwise from the repositories.
 */
@Configuration(proxyBeanMethods = false)
class RegistryDataSections {

	@Bean
	ChildDataSection registryChildDisclosureSection(ChildRepository children, ReferenceData reference) {
		return ChildDataSection.of("child", "台帳の記録", 10, childId -> children.findById(childId).map(child -> {
			String code = child.getMunicipalityCode();
			String municipality = MunicipalityCode.isValid(code)
					? reference.municipality(new MunicipalityCode(code)).map(MunicipalityView::name).orElse(code)
					: code;
			return List.of(ChildDataRecord.builder(childId, child.getFamilyName() + " " + child.getGivenName())
				.components(ChildViews.details(child, municipality), RegistryDataLabels.CHILD)
				.build());
		}).orElse(List.of()));
	}

	@Bean
	ChildDataSection registryCareDisclosureSection(CareAssessmentManagement care) {
		return ChildDataSection.of("careAssessments", "医療的ケア判定", 20, childId -> {
			var assessed = care.assessments(childId)
				.stream()
				.map(a -> ChildDataRecord.builder(a.id(), "判定 " + a.assessedOn())
					.components(a, RegistryDataLabels.CARE)
					.build());
			var severe = care.severeScores(childId)
				.stream()
				.map(s -> ChildDataRecord.builder(s.id(), "重症心身障害判定 " + s.scoredOn())
					.components(s, RegistryDataLabels.CARE)
					.build());
			return java.util.stream.Stream.concat(assessed, severe).toList();
		});
	}

	@Bean
	ChildDataSection registryConsentDisclosureSection(ConsentManagement consents) {
		return ChildDataSection.of("consents", "同意", 30, childId -> consents.consents(childId)
			.stream()
			.map(c -> ChildDataRecord.builder(c.id(), "同意 " + c.givenOn()).components(c, RegistryDataLabels.CONSENT).build())
			.toList());
	}

	@Bean
	ChildDataSection registryEmergencyDisclosureSection(EmergencyInfoRepository infos, EmergencySheetRepository sheets) {
		return ChildDataSection.of("emergencyInfo", "緊急時情報", 40, childId -> {
			var info = infos.findByChildId(childId)
				.map(i -> ChildDataRecord.builder(i.getId(), "緊急時情報")
					.components(i.values(), RegistryDataLabels.EMERGENCY)
					.field("最終更新", i.getUpdatedAt())
					.build())
				.stream();
			var printed = sheets.findByChildIdOrderByVersionNumber(childId)
				.stream()
				.map(s -> ChildDataRecord.builder(s.getId(), "緊急時情報シート 第" + s.getVersionNumber() + "版")
					.field("印刷日時", s.getGeneratedAt())
					.field("印刷者", s.getGeneratedBy())
					.field("SHA-256", s.getSha256())
					.build());
			return java.util.stream.Stream.concat(info, printed).toList();
		});
	}

	@Bean
	ChildDataSection registryPlanDisclosureSection(LifeStageManagement stages, DisasterPlanManagement plans) {
		return ChildDataSection.of("plans", "ライフステージ・災害時の計画", 50, childId -> {
			var timeline = stages.timeline(childId)
				.entries()
				.stream()
				.map(e -> ChildDataRecord.builder(null, "ライフステージ " + e.stage())
					.components(e, RegistryDataLabels.PLAN)
					.build());
			var plan = plans.get(childId);
			var disaster = plan.exists() ? java.util.stream.Stream.of(ChildDataRecord.builder(null, "災害時個別避難計画")
				.components(plan.plan(), Map.of())
				.field("最終更新", plan.updatedAt())
				.build()) : java.util.stream.Stream.<ChildDataRecord>empty();
			return java.util.stream.Stream.concat(timeline, disaster).toList();
		});
	}

	@Bean
	ChildDataSection registryEmergencyAccessDisclosureSection(EmergencyAccessRepository accesses) {
		return ChildDataSection.of("emergencyAccesses", "緊急時アクセス", 60, (UUID childId) -> accesses
			.findByChildIdOrderByGrantedAtDesc(childId)
			.stream()
			.map(a -> ChildDataRecord.builder(a.getId(), "緊急時アクセス")
				.field("利用者", a.getUserDisplayName() + "（" + a.getUsername() + "）")
				.field("理由", a.getReason())
				.field("開始", a.getGrantedAt())
				.field("期限", a.getExpiresAt())
				.field("確認日時", a.getReviewedAt())
				.field("確認者", a.getReviewedBy())
				.field("確認コメント", a.getReviewComment())
				.build())
			.toList());
	}
}
