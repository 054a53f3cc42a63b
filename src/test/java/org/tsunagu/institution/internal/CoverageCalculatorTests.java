package org.tsunagu.institution.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.institution.CoordinatorInput;
import org.tsunagu.institution.CoverageRow;
import org.tsunagu.reference.MunicipalityCode;
import org.tsunagu.reference.MunicipalityView;
import org.tsunagu.reference.RegionView;

/**
 * The coverage table: who counts for which 圏域 and municipality, and where nobody is.
 */
class CoverageCalculatorTests {

	static final String MATSUMOTO_CITY = "202029";

	static final String SHIOJIRI = "202151";

	static final String NAGANO_CITY = "202011";

	private final Map<RegionView, List<MunicipalityView>> places = new LinkedHashMap<>();

	CoverageCalculatorTests() {
		places.put(region("松本", 1), List.of(municipality(MATSUMOTO_CITY, "松本市", "松本"),
				municipality(SHIOJIRI, "塩尻市", "松本")));
		places.put(region("長野", 2), List.of(municipality(NAGANO_CITY, "長野市", "長野")));
	}

	@Test
	void aCoordinatorWithoutListedMunicipalitiesCoversTheWholeRegion() {
		List<CoverageRow> rows = CoverageCalculator.coverage(places, List.of(coordinator("松本")));

		assertThat(rows.get(0).activeCoordinators()).isEqualTo(1);
		assertThat(rows.get(0).gaps()).isEmpty();
		assertThat(rows.get(1).activeCoordinators()).isZero();
		assertThat(rows.get(1).gaps()).extracting(CoverageRow.MunicipalityCoverage::name).containsExactly("長野市");
	}

	@Test
	void listedMunicipalitiesCountWhereverTheyAreAndTheRestOfTheRegionIsAGap() {
		List<CoverageRow> rows = CoverageCalculator.coverage(places,
				List.of(coordinator("松本", MATSUMOTO_CITY, NAGANO_CITY)));

		assertThat(rows.get(0).activeCoordinators()).isEqualTo(1);
		assertThat(rows.get(0).gaps()).extracting(CoverageRow.MunicipalityCoverage::name).containsExactly("塩尻市");
		assertThat(rows.get(1).activeCoordinators()).as("長野市 is covered from 松本").isEqualTo(1);
	}

	@Test
	void inactiveCoordinatorsDoNotCount() {
		Coordinator inactive = coordinator("松本");
		inactive.deactivate();

		List<CoverageRow> rows = CoverageCalculator.coverage(places, List.of(inactive, coordinator("松本", SHIOJIRI)));

		assertThat(rows.get(0).municipalities()).extracting(CoverageRow.MunicipalityCoverage::activeCoordinators)
			.containsExactly(0, 1);
	}

	@Test
	void deactivatingTwiceIsRefused() {
		Coordinator coordinator = coordinator("松本");
		coordinator.deactivate();

		assertThatThrownBy(coordinator::deactivate).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("already inactive");
		coordinator.reactivate();
		assertThatThrownBy(coordinator::reactivate).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void theSamePersonIsFoundWhateverTheKanaOrSpacing() {
		assertThat(Coordinator.naturalKey("見本 花子", "ミホン ハナコ", "松本"))
			.isEqualTo(Coordinator.naturalKey("見本　花子", "みほんはなこ", "松本"))
			.isEqualTo(Coordinator.naturalKey("見本花子", "ﾐﾎﾝﾊﾅｺ", "松本"))
			.isNotEqualTo(Coordinator.naturalKey("見本 花子", "ミホン ハナコ", "長野"));
	}

	private static Coordinator coordinator(String region, String... municipalities) {
		return new Coordinator(new CoordinatorInput("見本 花子", "ミホン ハナコ", null, "架空相談支援センター", region,
				List.of(municipalities), null, null, null), null);
	}

	private static RegionView region(String name, int order) {
		return new RegionView(UUID.randomUUID(), name, name, name + "保健福祉事務所", name + "市", order, false);
	}

	private static MunicipalityView municipality(String code, String name, String region) {
		return new MunicipalityView(new MunicipalityCode(code), name, "", region, false);
	}
}
