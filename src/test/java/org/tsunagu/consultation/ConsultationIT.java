package org.tsunagu.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.WithTsunaguUser;

/**
 * Consultations on a real database (H2 and PostgreSQL): intake, search by folded text and by days in Japan,
 * 圏域 scope for health offices, versions, and every read in the audit log.
 */
@DatabaseTest
class ConsultationIT {

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	AuditQueries audit;

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void recordsAPhoneCallInTheRegionOfItsMunicipalityAndAuditsTheRead() {
		UUID id = consultations.record(call("（架空）記録試験の相談", "202029", null, "2026-04-01T00:30:00Z"));

		ConsultationDetails stored = consultations.get(id);
		assertThat(stored.regionName()).isEqualTo("松本");
		assertThat(stored.municipalityName()).isEqualTo("松本市");
		assertThat(stored.status()).isEqualTo(ConsultationStatus.RECEIVED);
		assertThat(stored.recordedBy()).isNotBlank();
		assertThat(audit.findEntries(new AuditSearch(null, AuditAction.READ, "Consultation", id.toString(), null, null),
				Pageable.ofSize(10)))
			.isNotEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void takesTheRegionDirectlyWhenTheMunicipalityIsUnknown() {
		UUID id = consultations.record(call("（架空）圏域のみの相談", null, "上小", "2026-04-02T00:30:00Z"));

		assertThat(consultations.get(id).regionName()).isEqualTo("上小");
		assertThatThrownBy(() -> consultations.record(call("（架空）", null, "存在しない圏域", "2026-04-02T00:30:00Z")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void findsByFoldedTextTopicAndDaysInJapan() {
		// 14:30 UTC is 23:30 JST: still the 10th in Japan.
		consultations.record(call("（架空）ミホンガッコウへの就学", "202029", null, "2026-05-10T14:30:00Z"));
		// 23:00 UTC on the 10th is 8:00 JST on the 11th: the 11th in Japan.
		consultations.record(call("（架空）ミホンガッコウの送迎", "202029", null, "2026-05-10T23:00:00Z"));

		assertThat(search(filter("みほんがっこう", LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 10), null)))
			.extracting(ConsultationListItem::summary)
			.containsExactly("（架空）ミホンガッコウへの就学");
		assertThat(search(filter("ﾐﾎﾝｶﾞｯｺｳ", LocalDate.of(2026, 5, 11), null, null))).hasSize(1);
		assertThat(search(filter("みほんがっこう", null, null, ConsultationTopic.SCHOOLING))).hasSize(2);
		assertThat(search(filter("みほんがっこう", null, null, ConsultationTopic.DISASTER))).isEmpty();
	}

	@Test
	@WithTsunaguUser(role = Role.CONSULTANT)
	void refusesAnUpdateBasedOnAnOlderVersionAndClosesOnce() {
		UUID id = consultations.record(call("（架空）版の試験", "202029", null, "2026-04-03T00:30:00Z"));
		long version = consultations.get(id).version();
		consultations.update(id, version, call("（架空）版の試験（追記）", "202037", null, "2026-04-03T00:30:00Z"));

		assertThatThrownBy(() -> consultations.update(id, version, call("（架空）", "202029", null, "2026-04-03T00:30:00Z")))
			.isInstanceOf(StaleRecordException.class);
		consultations.close(id, version + 1);
		assertThat(consultations.get(id).status()).isEqualTo(ConsultationStatus.CLOSED);
		assertThat(consultations.get(id).regionName()).isEqualTo("上小");
		assertThatThrownBy(() -> consultations.close(id, version + 2)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aHealthOfficeSeesOnlyItsOwnRegion() {
		UUID[] ids = new UUID[2];
		WithUser.run(Role.CONSULTANT, null, () -> {
			ids[0] = consultations.record(call("（架空）圏域試験カミヤマ", "202029", null, "2026-04-04T00:30:00Z"));
			ids[1] = consultations.record(call("（架空）圏域試験カミヤマ", "202011", null, "2026-04-04T00:30:00Z"));
		});

		WithUser.run(Role.HEALTH_OFFICE, "松本", () -> {
			assertThat(consultations.get(ids[0]).regionName()).isEqualTo("松本");
			assertThatThrownBy(() -> consultations.get(ids[1])).isInstanceOf(AccessDeniedException.class);
			assertThat(search(filter("かみやま", null, null, null))).extracting(ConsultationListItem::regionName)
				.containsOnly("松本")
				.hasSize(1);
			assertThatThrownBy(() -> consultations.record(call("（架空）", "202011", null, "2026-04-04T00:30:00Z")))
				.isInstanceOf(AccessDeniedException.class);
		});
	}

	private List<ConsultationListItem> search(ConsultationFilter filter) {
		return consultations.search(filter, Pageable.ofSize(50)).getContent();
	}

	private static ConsultationFilter filter(String text, LocalDate from, LocalDate to, ConsultationTopic topic) {
		return new ConsultationFilter(text, from, to, null, null, topic, null);
	}

	static ConsultationInput call(String content, String municipality, String region, String receivedAt) {
		return new ConsultationInput(Instant.parse(receivedAt), ConsultationChannel.PHONE, ConsulterType.FAMILY,
				"見本 桜", null, municipality, region, ChildLink.UNKNOWN, null, Set.of(ConsultationTopic.SCHOOLING),
				content, "（架空）制度を案内した", null);
	}
}
