package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tsunagu.testsupport.RecentlyAuthenticated.justNow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.identity.Role;
import org.tsunagu.identity.TsunaguPrincipal;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentManagement;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.EmergencyInfoManagement;
import org.tsunagu.registry.FamilyMemberInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.registry.SharingNotConsentedException;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * A consultant registers children in 松本 and records what their families agreed to; a fictional nursing
 * station sees exactly the children shared with it, for as long as the consent lasts.
 */
@DatabaseTest
class ConsentIT {

	static final String STATION = "架空訪問看護ステーションみほん";

	static final LocalDate TODAY = JapaneseDates.today();

	@Autowired
	ChildManagement children;

	@Autowired
	ConsentManagement consents;

	@Autowired
	EmergencyInfoManagement emergency;

	@Autowired
	EmergencySheetRepository sheets;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CareSummaries careSummaries;

	UUID shared;

	UUID notShared;

	@BeforeEach
	void registerTwoChildren() {
		given(careSummaries.latest(any())).willReturn(Optional.of(new CareSummary(TODAY, 16, "registry.careClass.CLASS_2",
				List.of("気管切開の管理", "喀痰吸引"), List.of("吸引器 架空社 S-2"), true)));
		loginAs(Role.CONSULTANT, null);
		shared = children.register(child("ミホン", "ハナコ", "花子"));
		notShared = children.register(child("ミホン", "タロウ", "太郎"));
		consents.record(shared, sharing(TODAY.minusDays(10), null));
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void showsAnInstitutionOnlyTheChildrenSharedWithIt() {
		loginAs(Role.INSTITUTION, STATION);

		assertThat(children.get(shared).fullName()).isEqualTo("見本 花子");
		assertThat(visibleChildren()).contains(shared).doesNotContain(notShared);
		assertThatThrownBy(() -> children.get(notShared)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void refusesAChildNotSharedByUrlAndApi() throws Exception {
		Authentication station = authenticationOf(Role.INSTITUTION, STATION);

		mvc.perform(get("/children/" + notShared + "/emergency").with(authentication(station)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children/" + notShared + "/emergency-sheet.pdf").with(authentication(station))
			.with(justNow()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/children/" + shared + "/emergency-sheet.pdf").with(authentication(station))
			.with(justNow()))
			.andExpect(status().isOk());
	}

	@Test
	void refusesAnotherOrganisation() {
		loginAs(Role.INSTITUTION, "見本こども発達支援センター");

		assertThatThrownBy(() -> children.get(shared)).isInstanceOf(AccessDeniedException.class);
		assertThat(children.search(ChildFilter.none(), Pageable.ofSize(50))).isEmpty();
	}

	@Test
	void losesAccessOnTheDayOfWithdrawal() {
		UUID consent = consents.consents(shared).get(0).id();
		consents.withdraw(shared, consent, 0, TODAY, "家族の申し出");
		loginAs(Role.INSTITUTION, STATION);

		assertThatThrownBy(() -> children.get(shared)).isInstanceOf(AccessDeniedException.class);
		assertThat(visibleChildren()).doesNotContain(shared);
	}

	@Test
	void rejectsWithdrawingTwice() {
		UUID consent = consents.consents(shared).get(0).id();
		consents.withdraw(shared, consent, 0, TODAY, "家族の申し出");

		assertThatThrownBy(() -> consents.withdraw(shared, consent, 1, TODAY, "再度"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void losesAccessAfterExpiry() {
		consents.record(notShared, sharing(TODAY.minusDays(30), TODAY.minusDays(1)));
		loginAs(Role.INSTITUTION, STATION);

		assertThatThrownBy(() -> children.get(notShared)).isInstanceOf(AccessDeniedException.class);
		assertThat(visibleChildren()).contains(shared).doesNotContain(notShared);
	}

	@Test
	void refusesSharingThatNoConsentCovers() {
		assertThatThrownBy(() -> consents.checkSharingAllowed(shared, ConsentPurpose.SHARE_PREFECTURE, null))
			.isInstanceOf(SharingNotConsentedException.class);
		assertThatThrownBy(() -> consents.checkSharingAllowed(shared, ConsentPurpose.SHARE_INSTITUTION, "架空病院"))
			.isInstanceOf(SharingNotConsentedException.class);
		consents.checkSharingAllowed(shared, ConsentPurpose.SHARE_INSTITUTION, STATION);

		consents.record(shared, new ConsentInput(ConsentPurpose.SHARE_PREFECTURE, null, null, TODAY,
				ConsentMethod.WRITTEN, null));
		consents.checkSharingAllowed(shared, ConsentPurpose.SHARE_PREFECTURE, null);
	}

	@Test
	void keepsAVersionOfEveryPrintedSheet() throws IOException {
		byte[] first = emergency.printSheet(shared).content();
		var second = emergency.printSheet(shared);

		assertThat(second.versionNumber()).isEqualTo(2);
		assertThat(sheets.findByChildIdOrderByVersionNumber(shared)).extracting(EmergencySheetRecord::getVersionNumber)
			.containsExactly(1, 2);
		assertThat(sheets.findByChildIdOrderByVersionNumber(shared).get(0).getSha256())
			.isEqualTo(EmergencySheetPrinter.sha256(first));
		try (PDDocument document = Loader.loadPDF(second.content())) {
			assertThat(new PDFTextStripper().getText(document)).contains("見本 花子", "ミホン ハナコ", "気管切開の管理",
					"第2版", "母　見本 桜");
		}
		assertThat(emergency.emergencyInfo(shared).sheetVersion()).isEqualTo(2);
	}

	@Test
	void printsConcurrentSheetsOfOneChildAsSuccessiveVersions() throws Exception {
		var security = SecurityContextHolder.getContext();
		java.util.concurrent.ExecutorService printers = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> printed = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				printed.add(printers.submit(() -> {
					SecurityContextHolder.setContext(security);
					try {
						start.await();
						return emergency.printSheet(shared).versionNumber();
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			start.countDown();
			List<Integer> versions = new java.util.ArrayList<>();
			for (var future : printed) {
				versions.add(future.get());
			}

			assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4);
			assertThat(sheets.findByChildIdOrderByVersionNumber(shared)).extracting(EmergencySheetRecord::getVersionNumber)
				.containsExactly(1, 2, 3, 4);
		}
		finally {
			printers.shutdown();
		}
	}

	/** The children the logged-in user finds in the list (other tests' children stay in the database). */
	List<UUID> visibleChildren() {
		return children.search(ChildFilter.none(), Pageable.ofSize(500)).map(ChildListItem::id).getContent();
	}

	static ChildInput child(String familyKana, String givenKana, String given) {
		return new ChildInput("見本", given, familyKana, givenKana, LocalDate.of(2019, 4, 2), Sex.FEMALE, null, null,
				"202029", "架空症候群（テスト用）", null, "架空 一郎", "架空こども病院", null, null, null, null, false,
				List.of(new FamilyMemberInput("見本 桜", null, "母", "09000000000", null, true)));
	}

	static ConsentInput sharing(LocalDate givenOn, LocalDate expiresOn) {
		return new ConsentInput(ConsentPurpose.SHARE_INSTITUTION, STATION, null, givenOn, ConsentMethod.WRITTEN,
				expiresOn);
	}

	static void loginAs(Role role, String organisation) {
		SecurityContextHolder.getContext().setAuthentication(authenticationOf(role, organisation));
	}

	static Authentication authenticationOf(Role role, String organisation) {
		String username = "it-" + role.name().toLowerCase();
		CurrentUser user = new CurrentUser(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), username,
				"試験 " + role.name(), role, null, organisation);
		TsunaguPrincipal principal = new TsunaguPrincipal(user, null, true, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}
}
