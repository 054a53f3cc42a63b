package org.tsunagu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/**
 * The comparison behind a stale save: what differs is listed with both values as shown, the rest is not, and
 * the submitted form moves to the current version.
 */
class StaleEditsTests {

	@Test
	void listsOnlyTheFieldsThatDifferAndMovesTheFormToTheCurrentVersion() {
		SampleForm yours = form(1, "見本 花子", LocalDate.of(2019, 5, 1), List.of(Colour.RED, Colour.BLUE), "母");
		SampleForm current = form(4, "見本 花子", LocalDate.of(2019, 4, 2), List.of(Colour.BLUE, Colour.RED), "父");
		ExtendedModelMap model = new ExtendedModelMap();

		List<StaleEdits.FieldChange> changes = StaleEdits.reapply(model, yours, current, "sample");

		assertThat(changes).extracting(StaleEdits.FieldChange::property).containsExactly("birthDate", "rows");
		assertThat(changes.get(0).yours()).isEqualTo("2019-05-01");
		assertThat(changes.get(0).current()).isEqualTo("2019-04-02");
		assertThat(changes.get(1).yours()).isEqualTo("090 母");
		assertThat(yours.getVersion()).isEqualTo(4);
		assertThat(model.getAttribute(StaleEdits.CHANGES)).isEqualTo(changes);
		assertThat(model.getAttribute("flashError")).isEqualTo("form.conflict.reapply");
	}

	@Test
	void leavesOutIgnoredFieldsAndDerivedChecks() {
		SampleForm yours = form(1, "見本 花子", null, List.of(), "母");
		SampleForm current = form(2, "試験 太郎", null, List.of(), "母");

		assertThat(StaleEdits.reapply(new ExtendedModelMap(), yours, current, "sample", "name")).isEmpty();
	}

	private static SampleForm form(long version, String name, LocalDate birthDate, List<Colour> colours,
			String relationship) {
		SampleForm form = new SampleForm();
		form.setVersion(version);
		form.setName(name);
		form.setBirthDate(birthDate);
		form.setColours(new ArrayList<>(colours));
		Row row = new Row();
		row.setRelationship(relationship);
		row.setPhone("090");
		form.getRows().add(row);
		return form;
	}

	enum Colour {
		RED, BLUE
	}

	public static class SampleForm {

		private long version;

		private String name = "";

		private LocalDate birthDate;

		private List<Colour> colours = new ArrayList<>();

		private final List<Row> rows = new ArrayList<>();

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getBirthDate() {
			return birthDate;
		}

		public void setBirthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		public List<Colour> getColours() {
			return colours;
		}

		public void setColours(List<Colour> colours) {
			this.colours = colours;
		}

		public List<Row> getRows() {
			return rows;
		}

		/** Derived (no setter): differs whenever the name does, but is not a field of its own. */
		public boolean isNamed() {
			return !name.isBlank() && name.startsWith("見本");
		}
	}

	public static class Row {

		private String relationship = "";

		private String phone = "";

		public String getRelationship() {
			return relationship;
		}

		public void setRelationship(String relationship) {
			this.relationship = relationship;
		}

		public String getPhone() {
			return phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}
	}
}
