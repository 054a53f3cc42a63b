package org.tsunagu.reference;

import java.util.Objects;

/**
 * A 全国地方公共団体コード (JIS X 0401/0402): 6 digits, the last a check digit over the first five
 * (weights 6,5,4,3,2; {@code (11 - sum % 11) % 10}). 202011 is 長野市.
 *
 * @param value the six digits
 */
public record MunicipalityCode(String value) {

	private static final int[] WEIGHTS = { 6, 5, 4, 3, 2 };

	public MunicipalityCode {
		Objects.requireNonNull(value, "value");
		if (!value.matches("\\d{6}")) {
			throw new IllegalArgumentException("A municipality code has 6 digits: " + value);
		}
		if (checkDigit(value.substring(0, 5)) != value.charAt(5) - '0') {
			throw new IllegalArgumentException("Wrong check digit in municipality code " + value);
		}
	}

	/** Whether the text is a valid code (6 digits, right check digit). */
	public static boolean isValid(String text) {
		return text != null && text.matches("\\d{6}") && checkDigit(text.substring(0, 5)) == text.charAt(5) - '0';
	}

	/** The check digit of a 5-digit code. */
	public static int checkDigit(String fiveDigits) {
		if (!fiveDigits.matches("\\d{5}")) {
			throw new IllegalArgumentException("Expected 5 digits: " + fiveDigits);
		}
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
		}
		return (11 - sum % 11) % 10;
	}

	/** The 2-digit prefecture part (20 = 長野県). */
	public String prefectureCode() {
		return value.substring(0, 2);
	}

	@Override
	public String toString() {
		return value;
	}
}
