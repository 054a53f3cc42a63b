package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PublicSectionTests {

	@Test
	void acceptsAPageUnderPublic() {
		assertThat(new PublicSection("/public/consultation", "k", "d", 1).path()).isEqualTo("/public/consultation");
	}

	@Test
	void refusesAPageOutsideThePublicSite() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PublicSection("/consultations", "k", "d", 1));
	}
}
