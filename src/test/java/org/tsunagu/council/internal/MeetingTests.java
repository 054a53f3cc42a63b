package org.tsunagu.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.council.AttendanceInput;
import org.tsunagu.council.AttendanceStatus;
import org.tsunagu.council.MeetingInput;
import org.tsunagu.council.MinutesStatus;

class MeetingTests {

	@Test
	void minutesGoFromDraftToCheckedToApproved() {
		Meeting meeting = meeting();
		meeting.writeMinutes("（見本）議事録");

		meeting.checkMinutes();
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.CHECKED);
		meeting.approveMinutes();
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.APPROVED);
	}

	@Test
	void checkedMinutesCannotBeChangedAndDraftsCannotBeApproved() {
		Meeting meeting = meeting();
		assertThatThrownBy(meeting::checkMinutes).isInstanceOf(IllegalStateException.class).hasMessageContaining("Empty");
		meeting.writeMinutes("（見本）議事録");
		assertThatThrownBy(meeting::approveMinutes).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("DRAFT");

		meeting.checkMinutes();

		assertThatThrownBy(() -> meeting.writeMinutes("書き換え")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("CHECKED");
	}

	@Test
	void aPublicSummaryIsPublishedOnlyForApprovedMinutes() {
		Meeting meeting = meeting();
		meeting.writePublicSummary("（見本）概要");
		assertThatThrownBy(meeting::publishSummary).isInstanceOf(IllegalStateException.class);

		meeting.writeMinutes("（見本）議事録");
		meeting.checkMinutes();
		meeting.approveMinutes();
		meeting.publishSummary();
		assertThat(meeting.isSummaryPublished()).isTrue();

		meeting.writePublicSummary("（見本）概要の修正");
		assertThat(meeting.isSummaryPublished()).as("a changed summary waits to be published again").isFalse();
	}

	@Test
	void attendanceOfAMemberIsReplacedAndAProxyKeepsTheName() {
		Meeting meeting = meeting();
		UUID member = UUID.randomUUID();
		meeting.recordAttendance(List.of(new AttendanceInput(member, AttendanceStatus.ABSENT, null)));

		meeting.recordAttendance(List.of(new AttendanceInput(member, AttendanceStatus.PROXY, "試験 代理")));

		assertThat(meeting.getAttendances()).singleElement().satisfies(row -> {
			assertThat(row.getStatus()).isEqualTo(AttendanceStatus.PROXY);
			assertThat(row.getProxyName()).isEqualTo("試験 代理");
		});
	}

	@Test
	void aProxyWithoutANameIsRefused() {
		assertThatThrownBy(() -> new AttendanceInput(UUID.randomUUID(), AttendanceStatus.PROXY, " "))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMeetingEndsAfterItStartsAndHasAPlaceOrALink() {
		LocalDate day = LocalDate.of(2026, 12, 10);
		assertThatThrownBy(() -> new MeetingInput("第1回", day, LocalTime.of(14, 0), LocalTime.of(13, 0), "会議室", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MeetingInput("第1回", day, LocalTime.of(14, 0), LocalTime.of(15, 0), " ", null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	static Meeting meeting() {
		return new Meeting(UUID.randomUUID(), new MeetingInput("（見本）第1回", LocalDate.of(2026, 12, 10),
				LocalTime.of(14, 0), LocalTime.of(16, 0), "架空会議室", null));
	}
}
