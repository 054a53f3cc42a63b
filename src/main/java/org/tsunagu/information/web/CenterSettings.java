package org.tsunagu.information.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The center's public contact details shown on the public top page: set per installation
 * ({@code tsunagu.information.center.*}), never in code. Blank values are not shown.
 *
 * @param phone the consultation phone number
 * @param hours when the phone is answered, e.g. 平日 9:00〜17:00
 * @param email the consultation mail address
 * @param address where the center is
 * @param operator who runs the center (e.g. the commissioned corporation)
 */
@ConfigurationProperties("tsunagu.information.center")
public record CenterSettings(@DefaultValue("") String phone, @DefaultValue("") String hours, @DefaultValue("") String email,
		@DefaultValue("") String address, @DefaultValue("") String operator) {

	/** Whether any contact detail is set. */
	public boolean hasContact() {
		return !(phone.isBlank() && hours.isBlank() && email.isBlank() && address.isBlank());
	}
}
