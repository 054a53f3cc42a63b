package org.tsunagu.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MunicipalityCodeTests {

	@Test
	void acceptsNaganoAndMatsumoto() {
		assertThat(new MunicipalityCode("202011").prefectureCode()).isEqualTo("20");
		assertThat(new MunicipalityCode("202029")).hasToString("202029");
	}

	@Test
	void computesTheCheckDigitsOfTheDomainGuide() {
		// 20201: 2*6 + 0*5 + 2*4 + 0*3 + 1*2 = 22, 22 % 11 = 0, (11 - 0) % 10 = 1
		assertThat(MunicipalityCode.checkDigit("20201")).isEqualTo(1);
		// 20202: 24 % 11 = 2, 11 - 2 = 9
		assertThat(MunicipalityCode.checkDigit("20202")).isEqualTo(9);
	}

	@Test
	void rejectsAWrongCheckDigit() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MunicipalityCode("202012"))
			.withMessageContaining("check digit");
		assertThat(MunicipalityCode.isValid("202028")).isFalse();
	}

	@Test
	void rejectsAnythingButSixDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MunicipalityCode("20201"));
		assertThatIllegalArgumentException().isThrownBy(() -> new MunicipalityCode("２０２０１１"));
		assertThat(MunicipalityCode.isValid(null)).isFalse();
	}

	@Test
	void acceptsAllSeventySevenCodesOfTheShippedFile() throws IOException {
		List<String> codes;
		try (InputStream in = new ClassPathResource("reference/nagano/nagano-municipalities.csv").getInputStream()) {
			codes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.skip(1)
				.filter(line -> !line.isBlank())
				.map(line -> line.substring(0, line.indexOf(',')))
				.toList();
		}

		assertThat(codes).hasSize(77).doesNotHaveDuplicates().allMatch(MunicipalityCode::isValid);
	}
}
