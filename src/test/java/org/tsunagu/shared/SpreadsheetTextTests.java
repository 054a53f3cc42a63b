package org.tsunagu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CSV injection: text a spreadsheet would run as a formula is written as text.
 */
class SpreadsheetTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://example.invalid\",\"見本\")", "+1", "-1", "@SUM(A1:A2)",
			"=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1" })
	void prefixesFormulasWithAnApostrophe(String formula) {
		assertThat(SpreadsheetText.defuse(formula)).isEqualTo("'" + formula);
		assertThat(SpreadsheetText.isFormula(formula)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "見本 花子", "1-1", "a=b", "'=already text", "<script>alert(1)</script>" })
	void leavesOtherTextAlone(String text) {
		assertThat(SpreadsheetText.defuse(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void writesNothingForNothing(String nothing) {
		assertThat(SpreadsheetText.defuse(nothing)).isEmpty();
	}
}
