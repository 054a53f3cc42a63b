package org.tsunagu.institution.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.InstitutionDetails;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One institution in the shape of the Open Referral Human Services Data Specification (HSDS 3.0): an
 * organization with its service (what it offers and which 医療的ケア it accepts), its location with a physical
 * address, and its main phone. No contact person is included. Ids of the service, location and phone are
 * derived from the institution's id, so they stay the same between exports.
 */
record HsdsOrganization(String id, String name, @JsonProperty("alternate_name") String alternateName,
		String description, @Nullable String email, @Nullable String website, List<Service> services,
		List<Location> locations, List<Phone> phones) {

	record Service(String id, @JsonProperty("organization_id") String organizationId, String name,
			String description, String status, @Nullable String email, @Nullable String url,
			@JsonProperty("minimum_age") @Nullable Integer minimumAge,
			@JsonProperty("maximum_age") @Nullable Integer maximumAge,
			@JsonProperty("eligibility_description") String eligibilityDescription,
			@JsonProperty("last_modified") @Nullable LocalDate lastModified, List<Attribute> attributes) {
	}

	/** A taxonomy term: the 種別 and each 医療的ケア accepted. */
	record Attribute(@JsonProperty("taxonomy_term_id") String taxonomyTermId, String label, String value) {
	}

	record Location(String id, @JsonProperty("location_type") String locationType, String name,
			List<Address> addresses) {
	}

	record Address(String id, @JsonProperty("address_1") String address1, String city,
			@JsonProperty("state_province") String stateProvince, @JsonProperty("postal_code") @Nullable String postalCode,
			String country, @JsonProperty("address_type") String addressType) {
	}

	record Phone(String id, String number, String type) {
	}

	static HsdsOrganization of(InstitutionDetails i, java.util.Map<Integer, String> careCategories,
			MessageSource messages) {
		String id = i.id().toString();
		String kind = label(messages, "institution.kind." + i.kind().name());
		List<Attribute> attributes = new java.util.ArrayList<>();
		attributes.add(new Attribute("tsunagu:kind:" + i.kind().name(), kind, kind));
		for (CapabilityInput answer : i.capabilities()) {
			if (answer.acceptance().isPossible()) {
				attributes.add(new Attribute("tsunagu:care:" + answer.itemNo(),
						careCategories.getOrDefault(answer.itemNo(), String.valueOf(answer.itemNo())),
						label(messages, "institution.acceptance." + answer.acceptance().name())));
			}
		}
		String ages = i.ageMin() == null && i.ageMax() == null ? ""
				: label(messages, "institution.ages.value", i.ageMin() == null ? "" : i.ageMin(),
						i.ageMax() == null ? "" : i.ageMax());
		Service service = new Service(derived(i.id(), "service"), id, i.name() + "（" + kind + "）",
				kind + "（" + i.regionName() + "圏域）", "active", i.email(), i.website(), i.ageMin(), i.ageMax(), ages,
				i.lastConfirmedOn(), attributes);
		Location location = new Location(derived(i.id(), "location"), "physical", i.name(),
				List.of(new Address(derived(i.id(), "address"), i.address() == null ? "" : i.address(),
						i.municipalityName(), "長野県", i.postalCode(), "JP", "physical")));
		List<Phone> phones = i.phone() == null ? List.of() : List.of(new Phone(derived(i.id(), "phone"), i.phone(), "voice"));
		return new HsdsOrganization(id, i.name(), i.kana(), kind, i.email(), i.website(), List.of(service),
				List.of(location), phones);
	}

	private static String derived(UUID id, String part) {
		return UUID.nameUUIDFromBytes((id + ":" + part).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
	}

	private static String label(MessageSource messages, String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.JAPANESE);
	}
}
