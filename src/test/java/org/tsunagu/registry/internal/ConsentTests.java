package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.registry.ConsentInput;
import org.tsunagu.registry.ConsentMethod;
import org.tsunagu.registry.ConsentPurpose;
import org.tsunagu.registry.ConsentState;
import org.tsunagu.registry.InstitutionKind;

/**
 * A family agrees on 1 April 2025 to share the record with a fictional nursing station until the end of
 * March 2026, and may withdraw at any time.
 */
class ConsentTests {

	static final String STATION = "架空訪問看護ステーションみほん";

	static final LocalDate GIVEN = LocalDate.of(2025, 4, 1);

	static final LocalDate EXPIRES = LocalDate.of(2026, 3, 31);

	final Consent sharing = new Consent(UUID.randomUUID(), new ConsentInput(ConsentPurpose.SHARE_INSTITUTION,
			" " + STATION + " ", InstitutionKind.VISITING_NURSING, GIVEN, ConsentMethod.WRITTEN, EXPIRES), "試験 相談員");

	@Test
	void coversTheDaysFromGivingToExpiry() {
		assertThat(sharing.isEffectiveOn(GIVEN)).isTrue();
		assertThat(sharing.isEffectiveOn(EXPIRES)).isTrue();
		assertThat(sharing.stateOn(GIVEN.minusDays(1))).isEqualTo(ConsentState.NOT_YET_EFFECTIVE);
		assertThat(sharing.stateOn(EXPIRES.plusDays(1))).isEqualTo(ConsentState.EXPIRED);
		assertThat(sharing.sharesWith(STATION, GIVEN)).isTrue();
		assertThat(sharing.sharesWith("見本こども発達支援センター", GIVEN)).isFalse();
	}

	@Test
	void stopsCoveringFromTheDayOfWithdrawal() {
		sharing.withdraw(LocalDate.of(2025, 6, 1), "家族の申し出");

		assertThat(sharing.isEffectiveOn(LocalDate.of(2025, 5, 31))).isTrue();
		assertThat(sharing.stateOn(LocalDate.of(2025, 6, 1))).isEqualTo(ConsentState.WITHDRAWN);
		assertThat(sharing.sharesWith(STATION, LocalDate.of(2025, 6, 1))).isFalse();
		assertThat(sharing.getWithdrawalReason()).isEqualTo("家族の申し出");
	}

	@Test
	void rejectsWithdrawingAWithdrawnConsent() {
		sharing.withdraw(LocalDate.of(2025, 6, 1), "家族の申し出");

		assertThatThrownBy(() -> sharing.withdraw(LocalDate.of(2025, 7, 1), "再度"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("WITHDRAWN");
	}

	@Test
	void rejectsAWithdrawalWithoutReason() {
		assertThatThrownBy(() -> sharing.withdraw(GIVEN, " ")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejectsSharingWithNobody() {
		assertThatThrownBy(() -> new Consent(UUID.randomUUID(),
				new ConsentInput(ConsentPurpose.SHARE_INSTITUTION, " ", null, GIVEN, ConsentMethod.ORAL, null), "試験"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rejectsExpiryBeforeGiving() {
		assertThatThrownBy(() -> new Consent(UUID.randomUUID(),
				new ConsentInput(ConsentPurpose.CONTACT, null, null, GIVEN, ConsentMethod.ORAL, GIVEN.minusDays(1)),
				"試験"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void namesNoRecipientForOtherPurposes() {
		Consent contact = new Consent(UUID.randomUUID(), new ConsentInput(ConsentPurpose.CONTACT, STATION,
				InstitutionKind.MEDICAL, GIVEN, ConsentMethod.ELECTRONIC, null), "試験");

		assertThat(contact.getOrganisation()).isNull();
		assertThat(contact.getInstitutionKind()).isNull();
		assertThat(contact.isEffectiveOn(GIVEN.plusYears(10))).isTrue();
	}
}
