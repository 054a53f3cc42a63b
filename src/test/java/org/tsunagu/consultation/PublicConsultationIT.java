package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tsunagu.consultation.ConsultationSearchIT.as;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.Role;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * The public web form on a real database (H2 and PostgreSQL): a submission without login lands in the intake
 * list as 未対応 with channel Web, the sender's number is random, the contact stays within the 圏域, the audit
 * log has no content, and staff can find it by its number.
 */
@DatabaseTest
class PublicConsultationIT {

	@Autowired
	PublicConsultationIntake intake;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	ConsultationSearch search;

	@Autowired
	AuditQueries audit;

	@Test
	void aSubmissionWithoutLoginLandsAsUnansweredWebConsultationWithARandomNumber() {
		String number = intake.submit(request("（架空）ウェブフォームシケン 就学の相談", "202029", null));
		String other = intake.submit(request("（架空）ウェブフォームシケン 二件目", null, "長野"));

		assertThat(number).matches("W-\\d{4}-[A-HJ-NP-Z2-9]{6}").isNotEqualTo(other);
		as(Role.CONSULTANT, null, "見本 相談員", () -> {
			var unanswered = new ConsultationFilter("うぇぶふぉーむしけん", null, null, null, ConsultationChannel.WEB, null,
					ConsultationStatus.UNANSWERED);
			List<ConsultationListItem> listed = consultations.search(unanswered, Pageable.ofSize(10)).getContent();
			assertThat(listed).hasSize(2);
			UUID id = listed.stream().filter(item -> item.regionName().equals("松本")).findFirst().orElseThrow().id();
			ConsultationDetails details = consultations.get(id);
			assertThat(details.channel()).isEqualTo(ConsultationChannel.WEB);
			assertThat(details.consulterType()).isEqualTo(ConsulterType.FAMILY);
			assertThat(intake.contactFor(id)).hasValueSatisfying(contact -> {
				assertThat(contact.referenceNumber()).isEqualTo(number);
				assertThat(contact.phone()).isEqualTo("026-000-0000");
				assertThat(contact.consentToContact()).isTrue();
			});
			assertThat(search.search(ConsultationSearchQuery.text(number.toLowerCase()), Pageable.ofSize(10)))
				.extracting(ConsultationSearchHit::id)
				.containsExactly(id);
			assertThat(search.search(ConsultationSearchQuery.text("W-2026-AAAAAA"), Pageable.ofSize(10))).isEmpty();
			assertThat(audit.findEntries(new AuditSearch(null, AuditAction.CREATE, "Consultation", id.toString(), null,
					null), Pageable.ofSize(10)))
				.singleElement()
				.satisfies(entry -> assertThat(entry.detail()).isEqualTo("channel=WEB region=松本"));
			return null;
		});
	}

	@Test
	void staffTakeUpAWebConsultationByEditingItAndOnlyTheirRegionSeesTheContact() {
		intake.submit(request("（架空）トリアツカイシケン", "202029", null));

		UUID id = as(Role.CONSULTANT, null, "見本 相談員", () -> {
			var filter = new ConsultationFilter("とりあつかいしけん", null, null, null, null, null, null);
			UUID found = consultations.search(filter, Pageable.ofSize(10)).getContent().get(0).id();
			ConsultationDetails details = consultations.get(found);
			consultations.update(found, details.version(), new ConsultationInput(details.receivedAt(),
					details.channel(), details.consulterType(), details.consulterName(), null, details.municipalityCode(),
					null, ChildLink.UNKNOWN, null, details.topics(), details.content(), "（架空）電話で回答した", null));
			assertThat(consultations.get(found).status()).isEqualTo(ConsultationStatus.RECEIVED);
			return found;
		});
		as(Role.HEALTH_OFFICE, "長野", "見本 保健所", () -> {
			assertThat(intake.contactFor(id)).isEmpty();
			return null;
		});
		as(Role.HEALTH_OFFICE, "松本", "見本 保健所", () -> {
			assertThat(intake.contactFor(id)).isPresent();
			return null;
		});
	}

	private static PublicConsultationRequest request(String content, String municipality, String region) {
		return new PublicConsultationRequest(ConsulterType.FAMILY, "見本 花子", null, "026-000-0000", null, municipality,
				region, Set.of(ConsultationTopic.SCHOOLING), content, true);
	}
}
