package org.tsunagu.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.tsunagu.reference.internal.Municipality;
import org.tsunagu.reference.internal.MunicipalityAdministration;
import org.tsunagu.reference.internal.MunicipalityChange;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * The shipped Nagano files load at first start on H2 and PostgreSQL, edits are guarded by versions, and a
 * second start keeps what is there.
 */
@DatabaseTest
class ReferenceDataIT {

	@Autowired
	ReferenceData referenceData;

	@Autowired
	MunicipalityAdministration municipalities;

	@Autowired
	@Qualifier("referenceDataLoader")
	ApplicationRunner referenceDataLoader;

	@Test
	void loadsTheTenRegionsOfNaganoWithTheirMunicipalities() {
		assertThat(referenceData.regions(true)).extracting(RegionView::name)
			.containsExactly("佐久", "上小", "諏訪", "上伊那", "飯伊", "木曽", "松本", "大北", "長野", "北信");
		Map<String, Integer> counts = new LinkedHashMap<>();
		referenceData.regions(true)
			.forEach(region -> counts.put(region.name(), referenceData.municipalities(region.name()).size()));
		assertThat(counts.values()).containsExactly(11, 4, 6, 8, 14, 6, 8, 5, 9, 6);
		assertThat(referenceData.municipalities(null)).hasSize(77);
		assertThat(referenceData.municipality(new MunicipalityCode("202029")))
			.hasValueSatisfying(matsumoto -> assertThat(matsumoto.regionName()).isEqualTo("松本"));
	}

	@Test
	void loadsTheDepartmentsOfTheTableAndTheCareScoreItems() {
		assertThat(referenceData.departments(true)).hasSize(15);
		assertThat(referenceData.departments(true).get(14).bureau()).isNull();
		assertThat(referenceData.departments(true).get(14).division()).isEqualTo("長野県医療的ケア児等支援センター");
		assertThat(referenceData.careScoreItems()).hasSize(19)
			.allSatisfy(item -> assertThat(item.effectiveFrom()).isEqualTo(LocalDate.of(2021, 4, 1)));
		assertThat(referenceData.careScoreItems().get(0).watchMid()).isEqualTo(1);
		assertThat(referenceData.careScoreItems().get(1).watchMid()).isNull();
	}

	@Test
	void rejectsAnEditBasedOnAnOlderVersion() {
		Municipality current = municipalities.find("202118");
		MunicipalityChange stale = new MunicipalityChange("架空市", "かくうし", current.getRegion().getName(), false,
				current.getVersion() + 1);

		assertThatThrownBy(() -> municipalities.update("202118", stale)).isInstanceOf(StaleRecordException.class);
		assertThat(municipalities.find("202118").getName()).isEqualTo(current.getName());
	}

	@Test
	void showsAnEditToOtherModulesOnceItIsSaved() {
		Municipality current = municipalities.find("204854");
		municipalities.update("204854", new MunicipalityChange(current.getName(), "ﾊｸﾊﾞﾑﾗ",
				current.getRegion().getName(), true, current.getVersion()));

		assertThat(referenceData.municipality(new MunicipalityCode("204854"))).hasValueSatisfying(view -> {
			assertThat(view.kana()).isEqualTo("はくばむら");
			assertThat(view.retired()).isTrue();
		});
	}

	@Test
	void keepsTheDataOnASecondStart() throws Exception {
		referenceDataLoader.run(new DefaultApplicationArguments());

		assertThat(referenceData.regions(true)).hasSize(10);
		assertThat(referenceData.municipalities(null)).hasSize(77);
		assertThat(referenceData.departments(true)).hasSize(15);
		assertThat(referenceData.careScoreItems()).hasSize(19);
	}
}
