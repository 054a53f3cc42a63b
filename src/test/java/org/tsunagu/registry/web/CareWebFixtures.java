package org.tsunagu.registry.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tsunagu.registry.CareAssessmentView;
import org.tsunagu.registry.CareClass;
import org.tsunagu.registry.CareDevice;
import org.tsunagu.registry.CareItemOption;
import org.tsunagu.registry.CareLevel;
import org.tsunagu.registry.CareScore;
import org.tsunagu.registry.CareScoreRow;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.registry.DeviceKind;
import org.tsunagu.registry.Sex;

/**
 * Fictional children and assessments for the care web tests.
 */
final class CareWebFixtures {

	static final UUID CHILD_ID = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

	private CareWebFixtures() {
	}

	static ChildDetails child() {
		return new ChildDetails(CHILD_ID, 0, "見本", "花子", "ミホン", "ハナコ", LocalDate.of(2018, 5, 1), Sex.FEMALE, null,
				null, "202029", "松本市", "松本", null, null, null, null, null, null, null, null, false,
				ChildStatus.ENROLLED, null, null, List.of(), null, null);
	}

	/** Three rows: ventilator (three levels), tracheostomy (two), nebuliser (only 低). */
	static List<CareItemOption> options() {
		return List.of(new CareItemOption(1, 0, "人工呼吸器の管理", null, 10, 2, 1, 0),
				new CareItemOption(2, 0, "気管切開の管理", null, 8, 2, null, 0),
				new CareItemOption(6, 0, "ネブライザーの管理", null, 3, null, null, 0));
	}

	static CareScore score(int total, CareClass careClass) {
		return total == 0 ? new CareScore(0, careClass, List.of())
				: new CareScore(total, careClass, List.of(row(total)));
	}

	static CareAssessmentView assessment(LocalDate on, int total, CareClass careClass) {
		return new CareAssessmentView(UUID.randomUUID(), CHILD_ID, on, "架空こども病院 医師意見書", total, careClass,
				List.of(row(total)),
				List.of(new CareDevice(DeviceKind.VENTILATOR, "架空メディカル VX-100", "SIMV 20回/分", null, true, null)),
				null, null, "consultant");
	}

	private static CareScoreRow row(int total) {
		return new CareScoreRow(1, 0, "人工呼吸器の管理", null, CareLevel.LOW, total, 0, total);
	}
}
