package org.tsunagu.institution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.ContactInput;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionKind;

class InstitutionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void retiringKeepsTheDayAndReasonAndCannotBeDoneTwice() {
		Institution home = new Institution(input(TODAY), "松本");
		home.retire(TODAY, " 事業所の閉鎖 ");

		assertThat(home.isRetired()).isTrue();
		assertThat(home.getRetiredReason()).isEqualTo("事業所の閉鎖");
		assertThatThrownBy(() -> home.retire(TODAY, "二重")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("already retired");
		home.reinstate();
		assertThat(home.isRetired()).isFalse();
		assertThat(home.getRetiredOn()).isNull();
		assertThatThrownBy(home::reinstate).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void shortStayThatTakesVentilatorsUnderConditionsAcceptsThem() {
		Institution home = new Institution(input(LocalDate.of(2026, 4, 1),
				new CapabilityInput(1, Acceptance.CONDITIONAL, "日中のみ"), new CapabilityInput(2, Acceptance.DECLINES, null)),
				"松本");

		assertThat(home.getCapabilities()).filteredOn(InstitutionCapability::accepts)
			.extracting(InstitutionCapability::getItemNo)
			.containsExactly(1);
		assertThat(home.getKana()).isEqualTo("シケンタンキニュウショホーム");
	}

	@Test
	void answersChangeInPlaceWhenEdited() {
		Institution home = new Institution(input(TODAY, new CapabilityInput(1, Acceptance.DECLINES, null)), "松本");

		home.apply(input(TODAY, new CapabilityInput(1, Acceptance.ACCEPTS, null),
				new CapabilityInput(3, Acceptance.ACCEPTS, null)), "松本");

		assertThat(home.getCapabilities()).extracting(InstitutionCapability::getAcceptance)
			.containsExactly(Acceptance.ACCEPTS, Acceptance.ACCEPTS);
	}

	@Test
	void confirmingAStaleEntryMakesItCurrent() {
		Institution home = new Institution(input(LocalDate.of(2024, 4, 1)), "松本");
		assertThat(home.isStale(TODAY)).isTrue();

		home.confirm(TODAY);

		assertThat(home.isStale(TODAY)).isFalse();
		assertThat(home.getLastConfirmedOn()).isEqualTo(TODAY);
	}

	static InstitutionInput input(LocalDate confirmedOn, CapabilityInput... capabilities) {
		return new InstitutionInput("試験短期入所ホーム", "しけんたんきにゅうしょほーむ", InstitutionKind.SHORT_STAY, null, null,
				null, "202029", "0000-00-0001", null, null, 0, 18, 4, null, confirmedOn, false, null,
				List.of(new ContactInput("見本 太郎", "管理者", "0000-00-0001", null)), List.of(capabilities));
	}
}
