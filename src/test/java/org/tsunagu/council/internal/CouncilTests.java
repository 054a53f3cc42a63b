package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tsunagu.council.CouncilKind;
import org.tsunagu.council.CouncilTopic;

class CouncilTests {

	static final List<CouncilTopic> PREFECTURE_TOPICS = List.of(new CouncilTopic("a", "実態の把握"),
			new CouncilTopic("b", "取組"), new CouncilTopic("c", "広域的な調整"), new CouncilTopic("d", "支援センター"),
			new CouncilTopic("e", "その他"));

	static final List<CouncilTopic> INTERNAL_TOPICS = List.of(new CouncilTopic("ア", "体制整備"),
			new CouncilTopic("イ", "協議の場"), new CouncilTopic("ウ", "コーディネーター育成"), new CouncilTopic("エ", "庁内連携"),
			new CouncilTopic("オ", "支援センター"));

	@Test
	void eachCouncilTagsAgendaItemsOnlyWithItsOwnTopics() {
		Council prefecture = new Council(CouncilKind.PREFECTURE, "全県会議", null, "県", 0, PREFECTURE_TOPICS);
		Council internal = new Council(CouncilKind.INTERNAL, "庁内連携会議", null, "県", 1000, INTERNAL_TOPICS);

		assertThat(prefecture.getTopics()).extracting(CouncilTopic::code).containsExactly("a", "b", "c", "d", "e");
		assertThat(internal.getTopics()).extracting(CouncilTopic::code).containsExactly("ア", "イ", "ウ", "エ", "オ");
		assertThat(prefecture.hasTopic("c")).isTrue();
		assertThat(prefecture.hasTopic("ア")).isFalse();
		assertThat(internal.hasTopic("a")).isFalse();
		assertThat(internal.topicLabel("ウ")).isEqualTo("コーディネーター育成");
	}

	@Test
	void aRegionalCouncilNeedsItsRegionAndMayBeASectionOfTheSupportCouncil() {
		assertThatThrownBy(() -> new Council(CouncilKind.REGION, "圏域会議", null, "保健福祉事務所", 1, PREFECTURE_TOPICS))
			.isInstanceOf(IllegalArgumentException.class);
		Council region = new Council(CouncilKind.REGION, "松本圏域会議", "松本", "松本保健福祉事務所", 7, PREFECTURE_TOPICS);

		region.changeSettings("松本圏域自立支援協議会 医療的ケア児部会", true);

		assertThat(region.isSupportCouncilSection()).isTrue();
		assertThat(region.getHolder()).isEqualTo("松本圏域自立支援協議会 医療的ケア児部会");
	}

	@Test
	void onlyARegionalCouncilIsASectionOfTheSupportCouncil() {
		Council prefecture = new Council(CouncilKind.PREFECTURE, "全県会議", "松本", "県", 0, PREFECTURE_TOPICS);

		prefecture.changeSettings("県", true);

		assertThat(prefecture.isSupportCouncilSection()).isFalse();
		assertThat(prefecture.getRegionName()).isNull();
	}
}
