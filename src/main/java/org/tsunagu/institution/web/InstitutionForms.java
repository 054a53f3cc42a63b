package org.tsunagu.institution.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.ContactInput;
import org.tsunagu.institution.InstitutionDetails;
import org.tsunagu.institution.InstitutionInput;

/**
 * Between the institution form and the module API: empty contact rows and 未確認 categories are left out,
 * and the form always offers all 14 categories plus two empty contact rows.
 */
final class InstitutionForms {

	static final int CARE_ITEMS = 14;

	private static final int EMPTY_CONTACT_ROWS = 2;

	private InstitutionForms() {
	}

	/** An empty form with a row for every category. */
	static InstitutionForm blank() {
		InstitutionForm form = new InstitutionForm();
		form.setCapabilities(IntStream.rangeClosed(1, CARE_ITEMS).mapToObj(n -> new CapabilityRow(n, null, null)).toList());
		completeRows(form);
		return form;
	}

	/** The form filled from a stored institution. */
	static InstitutionForm of(InstitutionDetails details) {
		InstitutionForm form = new InstitutionForm();
		form.setVersion(details.version());
		form.setName(details.name());
		form.setKana(details.kana());
		form.setKind(details.kind());
		form.setOfficeNumber(details.officeNumber());
		form.setPostalCode(details.postalCode());
		form.setMunicipalityCode(details.municipalityCode());
		form.setAddress(details.address());
		form.setPhone(details.phone());
		form.setEmail(details.email());
		form.setWebsite(details.website());
		form.setAgeMin(details.ageMin());
		form.setAgeMax(details.ageMax());
		form.setCapacity(details.capacity());
		form.setWaitingStatus(details.waitingStatus());
		form.setLastConfirmedOn(details.lastConfirmedOn());
		form.setPublicListing(details.publicListing());
		form.setNotes(details.notes());
		form.setContacts(details.contacts().stream().map(InstitutionForms::row).toList());
		form.setCapabilities(IntStream.rangeClosed(1, CARE_ITEMS).mapToObj(n -> row(n, details.capability(n))).toList());
		completeRows(form);
		return form;
	}

	/** What the module API takes; call only on a validated form. */
	static InstitutionInput toInput(InstitutionForm form) {
		List<ContactInput> contacts = form.getContacts()
			.stream()
			.filter(row -> !row.isBlank())
			.map(row -> new ContactInput(Objects.requireNonNull(row.getName()).strip(), row.getRole(), row.getPhone(),
					row.getEmail()))
			.toList();
		List<CapabilityInput> capabilities = form.getCapabilities()
			.stream()
			.filter(row -> row.getAcceptance() != null && row.getItemNo() >= 1 && row.getItemNo() <= CARE_ITEMS)
			.map(row -> new CapabilityInput(row.getItemNo(), Objects.requireNonNull(row.getAcceptance()), row.getNotes()))
			.toList();
		return new InstitutionInput(form.getName(), form.getKana(), Objects.requireNonNull(form.getKind()),
				form.getOfficeNumber(), form.getPostalCode(), form.getAddress(), form.getMunicipalityCode(),
				form.getPhone(), form.getEmail(), form.getWebsite(), form.getAgeMin(), form.getAgeMax(),
				form.getCapacity(), form.getWaitingStatus(), form.getLastConfirmedOn(), form.isPublicListing(),
				form.getNotes(), contacts, capabilities);
	}

	/** Adds empty contact rows so that new contacts can be typed in without JavaScript. */
	static void completeRows(InstitutionForm form) {
		List<ContactRow> rows = new java.util.ArrayList<>(form.getContacts());
		long blanks = rows.stream().filter(ContactRow::isBlank).count();
		for (long i = blanks; i < EMPTY_CONTACT_ROWS; i++) {
			rows.add(new ContactRow());
		}
		form.setContacts(rows);
	}

	private static ContactRow row(ContactInput contact) {
		ContactRow row = new ContactRow();
		row.setName(contact.name());
		row.setRole(contact.role());
		row.setPhone(contact.phone());
		row.setEmail(contact.email());
		return row;
	}

	private static CapabilityRow row(int itemNo, @Nullable CapabilityInput capability) {
		return capability == null ? new CapabilityRow(itemNo, null, null)
				: new CapabilityRow(itemNo, capability.acceptance(), capability.notes());
	}
}
