package org.tsunagu.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * TOTP codes after RFC 6238 (HMAC-SHA1, 6 digits, 30-second steps), as every authenticator app makes them.
 * A code is accepted for the current step and one step either side, to allow for clocks a little apart.
 */
@Component
class TotpCodes {

	static final int PERIOD_SECONDS = 30;

	private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);

	private final Clock clock;

	TotpCodes(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A new random secret (160 bits, base32). */
	String newSecret() {
		return secrets.generate();
	}

	/** The QR code an authenticator app scans, as a {@code data:} URI for an {@code img} element. */
	String qrCodeDataUri(String issuer, String account, String secret) {
		QrData data = new QrData.Builder().label(account)
			.secret(secret)
			.issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
		try {
			return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
		}
		catch (QrGenerationException failure) {
			throw new IllegalStateException("Could not draw the QR code", failure);
		}
	}

	/** The time step of a code that matches now, or empty when the code is wrong. */
	OptionalLong matchingStep(String secret, String code) {
		String digits = code.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS);
		for (long step = current - 1; step <= current + 1; step++) {
			if (MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The code an app shows now (the demo data registers an app with it). */
	String currentCode(String secret) {
		return codeAt(secret, Math.floorDiv(clock.instant().getEpochSecond(), PERIOD_SECONDS));
	}

	String codeAt(String secret, long step) {
		try {
			return generator.generate(secret, step);
		}
		catch (CodeGenerationException failure) {
			throw new IllegalStateException("Could not compute a TOTP code", failure);
		}
	}
}
