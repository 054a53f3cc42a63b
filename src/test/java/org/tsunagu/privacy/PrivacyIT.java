package org.tsunagu.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditEntryView;
import org.tsunagu.audit.AuditQueries;
import org.tsunagu.audit.AuditSearch;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.EmergencyAccessGrant;
import org.tsunagu.registry.EmergencyAccessManagement;
import org.tsunagu.registry.EmergencyInfoInput;
import org.tsunagu.registry.EmergencyInfoManagement;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.testsupport.DatabaseTest;
import org.tsunagu.testsupport.MutableClock;
import org.tsunagu.testsupport.MutableClockConfiguration;

/**
 * A child of 松本 with emergency information and a consultation; a health office user of 佐久 is called about
 * the child, opens the emergency information only after stating why, loses it after three hours, and the
 * センター長 sees the access in the review list — and later, answering the family's disclosure request, in the
 * export together with the consultation and the access log.
 */
@DatabaseTest
@Import(MutableClockConfiguration.class)
class PrivacyIT {

	static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Autowired
	ChildManagement children;

	@Autowired
	EmergencyInfoManagement emergency;

	@Autowired
	EmergencyAccessManagement accesses;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	ChildDisclosure disclosures;

	@Autowired
	AuditQueries audit;

	@Autowired
	MutableClock clock;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
		clock.set(NOW);
	}

	@Test
	void anOfficeOutsideTheRegionOpensEmergencyInformationOnlyWithAReasonAndForThreeHours() {
		clock.set(NOW);
		UUID child = registerChildWithEmergencyInfo("プライバシ", "キンキュウ", "緊急");
		loginAs(Role.HEALTH_OFFICE, "it-office-07", "佐久");

		assertThatThrownBy(() -> children.get(child)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accesses.emergencyInfo(child)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> accesses.grant(child, " ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(accesses.findCandidates("ぷらいばし", "キンキュウ", LocalDate.of(2019, 4, 2)))
			.extracting(candidate -> candidate.childId())
			.contains(child);

		EmergencyAccessGrant grant = accesses.grant(child, "（試験）救急隊から搬送先の問い合わせ");

		assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));
		assertThat(accesses.emergencyInfo(child).values().allergies()).isEqualTo("（架空）卵");
		assertThat(accesses.emergencyInfo(child).fullName()).isEqualTo("試験 緊急");
		assertThatThrownBy(() -> children.get(child)).as("only the emergency information, not the record")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(entries(AuditAction.CREATE, "EmergencyAccess", child)).anySatisfy(
				entry -> assertThat(entry.detail()).contains("purpose=（試験）救急隊から搬送先の問い合わせ"));

		clock.advance(Duration.ofHours(3));
		assertThatThrownBy(() -> accesses.emergencyInfo(child)).isInstanceOf(AccessDeniedException.class);
		assertThat(accesses.openGrant(child)).isEmpty();

		loginAs(Role.CENTER_DIRECTOR, "it-privacy-director", null);
		EmergencyAccessGrant listed = accesses.accessesForReview()
			.stream()
			.filter(access -> access.id().equals(grant.id()))
			.findFirst()
			.orElseThrow();
		assertThat(listed.username()).isEqualTo("it-office-07");
		assertThat(listed.reviewed()).isFalse();
		accesses.markReviewed(grant.id(), listed.version(), "（試験）理由は適切");
		assertThatThrownBy(() -> accesses.markReviewed(grant.id(), listed.version(), null))
			.isInstanceOf(RuntimeException.class);
	}

	@Test
	void theDirectorExportsEverythingAboutTheChildWithTheAccessLog() throws IOException {
		clock.set(NOW);
		UUID child = registerChildWithEmergencyInfo("プライバシ", "カイジ", "開示");
		consultations.record(new ConsultationInput(NOW.minus(Duration.ofDays(1)), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, "見本 桜", null, "202029", "松本", ChildLink.LINKED, child,
				Set.of(ConsultationTopic.SCHOOLING), "（試験）開示請求の児童についての相談", "（架空）制度を案内した", null));
		loginAs(Role.HEALTH_OFFICE, "it-office-disclosure", "佐久");
		accesses.grant(child, "（試験）停電で機器を確認");
		accesses.emergencyInfo(child);
		loginAs(Role.CONSULTANT, "it-privacy-consultant", null);
		assertThatThrownBy(() -> disclosures.exportJson(child)).isInstanceOf(AccessDeniedException.class);

		loginAs(Role.CENTER_DIRECTOR, "it-privacy-director", null);
		String json = new String(disclosures.exportJson(child).content(), StandardCharsets.UTF_8);
		byte[] pdf = disclosures.exportPdf(child).content();

		assertThat(json).contains("\"consultations\"", "（試験）開示請求の児童についての相談", "\"emergencyAccesses\"",
				"（試験）停電で機器を確認", "\"accessLog\"", "it-office-disclosure", "（架空）卵");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			// Not the login name: the font's "fi" ligature does not extract as two letters.
			assertThat(new PDFTextStripper().getText(document)).contains("試験 開示", "相談記録",
					"（試験）開示請求の児童についての相談", "閲覧記録", "（試験）停電で機器を確認");
		}
		assertThat(disclosures.accessLog(child)).anySatisfy(entry -> {
			assertThat(entry.actor()).isEqualTo("it-office-disclosure");
			assertThat(entry.action()).isEqualTo("READ");
			assertThat(entry.detail()).contains("purpose=（試験）停電で機器を確認");
		});
		assertThat(entries(AuditAction.EXPORT, "ChildDisclosure", child)).hasSize(2);
	}

	UUID registerChildWithEmergencyInfo(String familyKana, String givenKana, String given) {
		loginAs(Role.CONSULTANT, "it-privacy-consultant", null);
		UUID child = children.register(new ChildInput("試験", given, familyKana, givenKana, LocalDate.of(2019, 4, 2),
				Sex.FEMALE, null, null, "202029", "架空症候群（テスト用）", null, "架空 一郎", "架空こども病院", null, null,
				null, null, false, List.of(new FamilyMemberInput("見本 桜", null, "母", "09000000000", null, true))));
		emergency.update(child, 0, new EmergencyInfoInput("（架空）抗てんかん薬", "（架空）卵", "95〜98%", null, null,
				null, null, "（架空）横向きにする", null, null));
		return child;
	}

	List<AuditEntryView> entries(AuditAction action, String type, UUID child) {
		return audit.findEntries(new AuditSearch(null, action, type, child.toString(), null, null), Pageable.ofSize(50))
			.getContent();
	}

	static void loginAs(Role role, String username, String region) {
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
				"試験 " + role.name(), role, region, null);
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
	}
}
