package org.tsunagu.institution.internal;

import static org.tsunagu.institution.InstitutionColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.tsunagu.institution.CapabilityInput;
import org.tsunagu.institution.ImportReport.ImportProblem;
import org.tsunagu.institution.InstitutionInput;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.internal.ImportCells.Cell;
import org.tsunagu.institution.internal.ImportVocabulary.Answer;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.shared.KanaText;
import org.tsunagu.shared.TabularFile;

/**
 * Reads an imported table into what is to be stored: each row checked, matched with an existing entry (by
 * 事業所番号, else by name, municipality and address) and merged into it. Writes nothing.
 */
final class InstitutionImport {

	/** One row to store: a new entry when {@code existing} is null. */
	record Planned(int line, @Nullable Institution existing, @Nullable InstitutionInput before, InstitutionInput input,
			String regionName) {

		boolean changes() {
			return existing == null || !input.equals(before);
		}
	}

	/** How a row's municipality and match are found; the service's repository and reference data. */
	interface Lookup {

		@Nullable MunicipalityView municipalityByCode(String code);

		List<MunicipalityView> municipalitiesByName(String name);

		@Nullable Institution byOfficeNumber(String officeNumber);

		List<Institution> byName(String name, String municipalityCode);

		boolean mayEditIn(String regionName);
	}

	private final ImportVocabulary words;

	private final Lookup lookup;

	private final LocalDate today;

	private final List<ImportProblem> problems = new ArrayList<>();

	private final List<Planned> planned = new ArrayList<>();

	InstitutionImport(ImportVocabulary words, Lookup lookup, LocalDate today) {
		this.words = words;
		this.lookup = lookup;
		this.today = today;
	}

	List<ImportProblem> problems() {
		return problems;
	}

	List<Planned> planned() {
		return planned;
	}

	void read(TabularFile table) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			columns.putIfAbsent(table.header().get(i), i);
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				problems.add(new ImportProblem(1, required, "institution.import.missingColumn", ""));
			}
		}
		if (!columns.containsKey(MUNICIPALITY_CODE) && !columns.containsKey(MUNICIPALITY)) {
			problems.add(new ImportProblem(1, MUNICIPALITY_CODE, "institution.import.missingColumn", ""));
		}
		if (!problems.isEmpty()) {
			return;
		}
		Set<String> officeNumbers = new HashSet<>();
		for (int i = 0; i < table.rows().size(); i++) {
			readRow(new ImportCells(i + 2, table.rows().get(i), columns, problems), officeNumbers);
		}
	}

	private void readRow(ImportCells cells, Set<String> officeNumbers) {
		String name = cells.required(NAME, 200);
		String kana = kana(cells);
		InstitutionKind kind = cells.choice(KIND, words.kinds(), "institution.import.kind").value();
		if (cells.has(KIND) && kind == null && cells.text(KIND, 100).value() == null) {
			cells.problem(KIND, "institution.import.required", "");
		}
		Cell<String> officeNumber = cells.matching(OFFICE_NUMBER, "[0-9]{10}", "institution.import.officeNumber");
		MunicipalityView municipality = municipality(cells);
		Cell<String> address = cells.text(ADDRESS, 200);
		if (officeNumber.value() != null && !officeNumbers.add(officeNumber.value())) {
			cells.problem(OFFICE_NUMBER, "institution.import.officeNumberTwice", officeNumber.value());
		}
		Values values = new Values(cells, words, today);
		if (cells.broken() || name == null || kana == null || kind == null || municipality == null) {
			return;
		}
		String code = municipality.code().value();
		Institution existing = match(officeNumber.value(), KanaText.normalise(name), code, address);
		InstitutionInput before = existing == null ? null : InstitutionViews.input(existing);
		InstitutionInput input = values.merge(before, name, kana, kind, officeNumber, address, code);
		if (input.ageMin() != null && input.ageMax() != null && input.ageMin() > input.ageMax()) {
			cells.problem(AGE_MIN, "institution.import.ageOrder", input.ageMin() + "〜" + input.ageMax());
		}
		if (!lookup.mayEditIn(municipality.regionName())) {
			cells.problem(MUNICIPALITY, "institution.import.outOfScope", municipality.regionName());
		}
		Institution holder = input.officeNumber() == null ? null : lookup.byOfficeNumber(input.officeNumber());
		if (holder != null && holder != existing) {
			cells.problem(OFFICE_NUMBER, "institution.import.officeNumberUsed", input.officeNumber());
		}
		if (!cells.broken()) {
			planned.add(new Planned(cells.line(), existing, before, input, municipality.regionName()));
		}
	}

	private static @Nullable String kana(ImportCells cells) {
		String kana = cells.required(KANA, 200);
		if (kana == null) {
			return null;
		}
		String katakana = KanaText.toKatakana(kana);
		if (!katakana.matches("[ァ-ヺー・ 　]*")) {
			cells.problem(KANA, "institution.import.kana", kana);
			return null;
		}
		return katakana;
	}

	private @Nullable MunicipalityView municipality(ImportCells cells) {
		String code = cells.text(MUNICIPALITY_CODE, 10).value();
		if (code != null) {
			MunicipalityView found = MunicipalityCode.isValid(code) ? lookup.municipalityByCode(code) : null;
			if (found == null) {
				cells.problem(MUNICIPALITY_CODE, "institution.import.municipality", code);
			}
			return found;
		}
		String name = cells.text(MUNICIPALITY, 50).value();
		List<MunicipalityView> found = name == null ? List.of() : lookup.municipalitiesByName(name);
		if (found.size() != 1) {
			cells.problem(cells.has(MUNICIPALITY) ? MUNICIPALITY : MUNICIPALITY_CODE,
					name == null ? "institution.import.required" : "institution.import.municipality",
					name == null ? "" : name);
			return null;
		}
		return found.get(0);
	}

	private @Nullable Institution match(@Nullable String officeNumber, String name, String code, Cell<String> address) {
		if (officeNumber != null) {
			Institution byNumber = lookup.byOfficeNumber(officeNumber);
			if (byNumber != null) {
				return byNumber;
			}
		}
		return lookup.byName(name, code)
			.stream()
			.filter(candidate -> !address.present()
					|| Objects.equals(candidate.getProfile().getAddress(), address.value()))
			.findFirst()
			.orElse(null);
	}

	/** The optional cells of a row, merged into the existing entry's values. */
	private static final class Values {

		private final Cell<String> postalCode;

		private final Cell<String> phone;

		private final Cell<String> email;

		private final Cell<String> website;

		private final Cell<Integer> ageMin;

		private final Cell<Integer> ageMax;

		private final Cell<Integer> capacity;

		private final Cell<org.tsunagu.institution.WaitingStatus> waiting;

		private final Cell<Boolean> publicListing;

		private final Cell<LocalDate> confirmed;

		private final Cell<String> notes;

		private final Map<Integer, Cell<Answer>> answers = new TreeMap<>();

		Values(ImportCells cells, ImportVocabulary words, LocalDate today) {
			postalCode = cells.matching(POSTAL_CODE, "[0-9]{3}-?[0-9]{4}", "institution.import.postalCode");
			phone = cells.matching(PHONE, "[0-9-]{1,20}", "institution.import.phone");
			email = cells.matching(EMAIL, "[^@\\s]+@[^@\\s]+", "institution.import.email");
			website = cells.text(WEBSITE, 300);
			ageMin = cells.number(AGE_MIN, 0, 40);
			ageMax = cells.number(AGE_MAX, 0, 40);
			capacity = cells.number(CAPACITY, 0, 10000);
			waiting = cells.choice(WAITING, words.waiting(), "institution.import.waiting");
			publicListing = cells.choice(PUBLIC, words.publicListing(), "institution.import.public");
			confirmed = cells.date(CONFIRMED, today);
			notes = cells.text(NOTES, 2000);
			for (int item = 1; item <= 14; item++) {
				answers.put(item, cells.choice(care(item), words.answers(), "institution.import.acceptance"));
			}
		}

		InstitutionInput merge(@Nullable InstitutionInput before, String name, String kana, InstitutionKind kind,
				Cell<String> officeNumber, Cell<String> address, String municipalityCode) {
			InstitutionInput base = before != null ? before
					: new InstitutionInput(name, kana, kind, null, null, null, municipalityCode, null, null, null, null,
							null, null, null, null, false, null, List.of(), List.of());
			return new InstitutionInput(KanaText.normalise(name), kana, kind, officeNumber.or(base.officeNumber()),
					postalCode.or(base.postalCode()), address.or(base.address()), municipalityCode,
					phone.or(base.phone()), email.or(base.email()), website.or(base.website()), ageMin.or(base.ageMin()),
					ageMax.or(base.ageMax()), capacity.or(base.capacity()), waiting.or(base.waitingStatus()),
					confirmed.or(base.lastConfirmedOn()), Boolean.TRUE.equals(publicListing.or(base.publicListing())),
					notes.or(base.notes()), base.contacts(), capabilities(base));
		}

		private List<CapabilityInput> capabilities(InstitutionInput base) {
			Map<Integer, CapabilityInput> merged = new TreeMap<>();
			base.capabilities().forEach(c -> merged.put(c.itemNo(), c));
			answers.forEach((item, cell) -> {
				if (!cell.present()) {
					return;
				}
				CapabilityInput old = merged.remove(item);
				Answer answer = cell.value();
				if (answer != null && answer != Answer.UNKNOWN) {
					String keptNotes = old != null && old.acceptance() == answer.acceptance() ? old.notes() : null;
					merged.put(item, new CapabilityInput(item, answer.acceptance(), keptNotes));
				}
			});
			return List.copyOf(merged.values());
		}
	}
}
