package org.tsunagu.institution.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tsunagu.shared.ChildDataRecord;
import org.tsunagu.shared.ChildDataSection;

/**
 * The institution module's part of a disclosure (開示請求): the liaisons (連携記録) with institutions about a
 * child. Read without scope checks or audit: the disclosure checks and audits once.
 */
@Configuration(proxyBeanMethods = false)
class InstitutionDataSections {

	@Bean
	ChildDataSection liaisonDisclosureSection(LiaisonRepository liaisons, InstitutionRepository institutions) {
		return ChildDataSection.of("liaisons", "関係機関との連携記録", 90, childId -> liaisons
			.findByChildIdOrderByContactedOnDesc(childId)
			.stream()
			.map(l -> {
				String institution = institutions.findById(l.getInstitutionId()).map(Institution::getName).orElse("－");
				return ChildDataRecord.builder(l.getId(), "連携 " + institution)
					.field("関係機関", institution)
					.field("連絡日", l.getContactedOn())
					.field("方法", l.getChannel())
					.field("担当者", l.getStaffName())
					.field("先方", l.getCounterpartName())
					.field("件名", l.getSubject())
					.field("内容", l.getContent())
					.field("フォローアップ", l.getFollowUp())
					.field("フォローアップ期限", l.getFollowUpDue())
					.field("フォローアップ完了日", l.getFollowUpDoneOn())
					.build();
			})
			.toList());
	}
}
