package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.ReferenceData;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.KanaText;
import org.tsunagu.shared.TabularFile;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Reads the prefecture's survey sheet layout into children: each row becomes a {@link ChildForm} and is
 * checked with the same rules as the screen. Every error is reported with its row and column; nothing is
 * imported unless every row is right (docs/registry-import.md lists the columns).
 */
@Component
class ChildImportReader {

	/** Column headings of the survey sheet and the form field each fills. */
	static final Map<String, String> COLUMNS = columns();

	static final List<String> REQUIRED = List.of("氏", "名", "氏フリガナ", "名フリガナ", "生年月日", "性別", "市町村コード");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu年M月d日"),
			DateTimeFormatter.ofPattern("uuuu.M.d"));

	private final Validator validator;

	private final ReferenceData reference;

	ChildImportReader(Validator validator, ReferenceData reference) {
		this.validator = validator;
		this.reference = reference;
	}

	/** The children of the file, or the errors that keep it from being imported. */
	ImportResult read(TabularFile file) {
		List<ImportError> errors = new ArrayList<>();
		for (String required : REQUIRED) {
			if (!file.header().contains(required)) {
				errors.add(new ImportError(1, required, "registry.import.missingColumn"));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportResult(List.of(), errors);
		}
		List<ChildInput> children = new ArrayList<>();
		for (int i = 0; i < file.rows().size(); i++) {
			int line = i + 2;
			Map<String, String> cells = cells(file.header(), file.rows().get(i));
			ChildForm form = form(cells, line, errors);
			int before = errors.size();
			for (ConstraintViolation<ChildForm> violation : validator.validate(form)) {
				errors.add(ImportError.withMessage(line, column(violation.getPropertyPath().toString()),
						violation.getMessage()));
			}
			checkMunicipality(form.getMunicipalityCode(), line, errors);
			if (errors.size() == before) {
				children.add(form.toInput());
			}
		}
		return new ImportResult(errors.isEmpty() ? children : List.of(), errors);
	}

	private ChildForm form(Map<String, String> cells, int line, List<ImportError> errors) {
		ChildForm form = new ChildForm();
		form.setFamilyName(cells.get("氏"));
		form.setGivenName(cells.get("名"));
		form.setFamilyNameKana(cells.get("氏フリガナ"));
		form.setGivenNameKana(cells.get("名フリガナ"));
		form.setBirthDate(date(cells.get("生年月日"), line, errors));
		form.setSex(sex(cells.get("性別"), line, errors));
		form.setPostalCode(cells.get("郵便番号"));
		form.setAddress(cells.get("住所"));
		form.setMunicipalityCode(KanaText.normalise(cells.getOrDefault("市町村コード", "")));
		form.setDiagnoses(cells.get("主な診断名"));
		form.setPrimaryDoctor(cells.get("主治医"));
		form.setHospital(cells.get("医療機関"));
		form.setOtherServices(cells.get("利用サービス"));
		form.setSchoolStatus(cells.get("就園・就学"));
		form.setSchoolName(cells.get("園・学校名"));
		form.setCoordinatorName(cells.get("コーディネーター"));
		form.setMeisRegistered("あり".equals(cells.get("MEIS登録")));
		FamilyRow guardian = form.getFamily().get(0);
		guardian.setName(cells.get("保護者氏名"));
		guardian.setRelationship(cells.get("保護者続柄"));
		guardian.setPhone(cells.get("保護者電話"));
		return form;
	}

	private void checkMunicipality(String code, int line, List<ImportError> errors) {
		if (!code.isBlank() && (!MunicipalityCode.isValid(code)
				|| reference.municipality(new MunicipalityCode(code)).isEmpty())) {
			errors.add(new ImportError(line, "市町村コード", "registry.municipality.unknown"));
		}
	}

	private static LocalDate date(String text, int line, List<ImportError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(KanaText.normalise(text), format.withResolverStyle(ResolverStyle.STRICT));
			}
			catch (DateTimeParseException tryNext) {
				// the next format may fit
			}
		}
		errors.add(new ImportError(line, "生年月日", "registry.import.date"));
		return null;
	}

	private static Sex sex(String text, int line, List<ImportError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		switch (text.strip()) {
			case "男", "男性", "M" -> {
				return Sex.MALE;
			}
			case "女", "女性", "F" -> {
				return Sex.FEMALE;
			}
			case "その他", "回答しない" -> {
				return Sex.UNSPECIFIED;
			}
			default -> {
				errors.add(new ImportError(line, "性別", "registry.import.sex"));
				return null;
			}
		}
	}

	private static Map<String, String> cells(List<String> header, List<String> row) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int c = 0; c < header.size(); c++) {
			cells.put(header.get(c), row.get(c));
		}
		return cells;
	}

	private static String column(String property) {
		return COLUMNS.entrySet()
			.stream()
			.filter(entry -> property.startsWith(entry.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(property);
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("氏フリガナ", "familyNameKana");
		columns.put("名フリガナ", "givenNameKana");
		columns.put("氏", "familyName");
		columns.put("名", "givenName");
		columns.put("生年月日", "birthDate");
		columns.put("性別", "sex");
		columns.put("郵便番号", "postalCode");
		columns.put("住所", "address");
		columns.put("市町村コード", "municipalityCode");
		columns.put("主な診断名", "diagnoses");
		columns.put("主治医", "primaryDoctor");
		columns.put("医療機関", "hospital");
		columns.put("利用サービス", "otherServices");
		columns.put("就園・就学", "schoolStatus");
		columns.put("園・学校名", "schoolName");
		columns.put("コーディネーター", "coordinatorName");
		columns.put("MEIS登録", "meisRegistered");
		// Most specific first: property paths are matched by prefix.
		columns.put("保護者電話", "family[0].phone");
		columns.put("保護者続柄", "familyComplete");
		columns.put("保護者氏名", "family");
		return columns;
	}
}
