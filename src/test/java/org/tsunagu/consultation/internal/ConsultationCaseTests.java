package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.CaseStatus;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ContactInput;

/**
 * A case's life as a story: opened, worked on, watched, closed with or without approval, reopened, handed to
 * another 圏域 — and each refused step names the status it was refused in.
 */
class ConsultationCaseTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

	static final Actor CONSULTANT = new Actor("試験 相談員", Instant.parse("2026-06-10T01:00:00Z"), TODAY);

	static final Actor DIRECTOR = new Actor("試験 センター長", Instant.parse("2026-06-10T02:00:00Z"), TODAY);

	@Test
	void opensAsReceivedWithAnOpeningEntryAndStartsWithTheFirstContact() {
		ConsultationCase kase = newCase(TODAY.plusDays(7));

		assertThat(kase.getStatus()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(kase.getTimeline()).extracting(CaseEntry::getKind).containsExactly(CaseEntryKind.OPENED);

		kase.recordContact(contact(TODAY.plusDays(14)), CONSULTANT);

		assertThat(kase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(kase.getNextContactDue()).isEqualTo(TODAY.plusDays(14));
		assertThat(kase.getTimeline()).extracting(CaseEntry::getKind)
			.contains(CaseEntryKind.CONTACT, CaseEntryKind.STATUS_CHANGED);
	}

	@Test
	void isOverdueOnlyWhileOpenAndOnlyFromTheDayAfterTheDueDate() {
		ConsultationCase kase = newCase(TODAY);

		assertThat(kase.isOverdue(TODAY)).isFalse();
		assertThat(kase.isOverdue(TODAY.plusDays(1))).isTrue();

		kase.requestClose("（架空）終結", false, CONSULTANT);

		assertThat(kase.isOverdue(TODAY.plusDays(1))).isFalse();
	}

	@Test
	void movesBetweenInProgressAndMonitoringButNotBackToReceived() {
		ConsultationCase kase = newCase(null);
		kase.changeStatus(CaseStatus.IN_PROGRESS, CONSULTANT);
		kase.changeStatus(CaseStatus.MONITORING, CONSULTANT);
		kase.changeStatus(CaseStatus.IN_PROGRESS, CONSULTANT);

		assertThatThrownBy(() -> kase.changeStatus(CaseStatus.RECEIVED, CONSULTANT))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is IN_PROGRESS");
		assertThatThrownBy(() -> kase.changeStatus(CaseStatus.CLOSED, CONSULTANT))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void closesOnlyAfterTheDirectorApprovesWhenApprovalIsRequired() {
		ConsultationCase kase = newCase(null);

		assertThat(kase.requestClose("（架空）安定した", true, CONSULTANT)).isFalse();
		assertThat(kase.getStatus()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(kase.isCloseRequested()).isTrue();
		assertThatThrownBy(() -> kase.requestClose("（架空）", true, CONSULTANT))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("close requested");

		kase.approveClose("（架空）承認", DIRECTOR);

		assertThat(kase.getStatus()).isEqualTo(CaseStatus.CLOSED);
		assertThat(kase.getClosedOn()).isEqualTo(TODAY);
		assertThat(kase.getTimeline()).extracting(CaseEntry::getKind)
			.contains(CaseEntryKind.CLOSE_REQUESTED, CaseEntryKind.CLOSE_APPROVED);
	}

	@Test
	void aReturnedCloseRequestNeedsACommentAndLeavesTheCaseOpen() {
		ConsultationCase kase = newCase(null);
		kase.requestClose("（架空）", true, CONSULTANT);

		assertThatThrownBy(() -> kase.returnClose(" ", DIRECTOR)).isInstanceOf(IllegalArgumentException.class);
		kase.returnClose("（架空）家族への説明が済んでから", DIRECTOR);

		assertThat(kase.isCloseRequested()).isFalse();
		assertThat(kase.getStatus().isOpen()).isTrue();
		assertThat(kase.getTimeline()).anySatisfy(entry -> {
			assertThat(entry.getKind()).isEqualTo(CaseEntryKind.CLOSE_RETURNED);
			assertThat(entry.getContent()).contains("家族への説明");
		});
		assertThatThrownBy(() -> kase.approveClose("", DIRECTOR)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aClosedCaseTakesNoContactsUntilReopenedWithAReason() {
		ConsultationCase kase = newCase(null);
		kase.requestClose("（架空）", false, CONSULTANT);

		assertThatThrownBy(() -> kase.recordContact(contact(null), CONSULTANT))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("is CLOSED");
		assertThatThrownBy(() -> kase.reopen("", CONSULTANT)).isInstanceOf(IllegalArgumentException.class);

		kase.reopen("（架空）再び相談があった", CONSULTANT);

		assertThat(kase.getStatus()).isEqualTo(CaseStatus.IN_PROGRESS);
		assertThat(kase.getClosedOn()).isNull();
		assertThatThrownBy(() -> kase.reopen("（架空）", CONSULTANT)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aHandOverMovesTheCaseAndItsOwnerOnlyWhenAccepted() {
		ConsultationCase kase = newCase(null);
		kase.handOver("上小", "（架空）転居した", CONSULTANT);

		assertThat(kase.getRegionName()).isEqualTo("松本");
		assertThatThrownBy(() -> kase.handOver("諏訪", "（架空）", CONSULTANT)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> kase.requestClose("（架空）", false, CONSULTANT))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("handed to 上小");

		UUID receiver = UUID.randomUUID();
		kase.acceptHandover(receiver, "試験 上小", "", CONSULTANT);

		assertThat(kase.getRegionName()).isEqualTo("上小");
		assertThat(kase.getOwnerId()).isEqualTo(receiver);
		assertThat(kase.getHandoverRegion()).isNull();
	}

	@Test
	void aReturnedHandOverKeepsTheCaseWhereItWas() {
		ConsultationCase kase = newCase(null);
		kase.handOver("上小", "（架空）転居予定", CONSULTANT);
		kase.returnHandover("（架空）転居は来年", CONSULTANT);

		assertThat(kase.getRegionName()).isEqualTo("松本");
		assertThat(kase.getHandoverRegion()).isNull();
		assertThat(kase.getTimeline()).extracting(CaseEntry::getKind).contains(CaseEntryKind.HANDOVER_RETURNED);
	}

	@Test
	void reassignmentNeedsAReasonAndIsRecorded() {
		ConsultationCase kase = newCase(null);

		assertThatThrownBy(() -> kase.reassign(UUID.randomUUID(), "試験 看護師", "", CONSULTANT))
			.isInstanceOf(IllegalArgumentException.class);
		kase.reassign(UUID.randomUUID(), "試験 看護師", "（架空）医療的な助言が中心になるため", CONSULTANT);

		assertThat(kase.getOwnerName()).isEqualTo("試験 看護師");
		assertThat(kase.getTimeline()).anySatisfy(entry -> assertThat(entry.getContent())
			.contains("試験 相談員 → 試験 看護師").contains("医療的な助言"));
	}

	@Test
	void tasksAreDoneOnce() {
		ConsultationCase kase = newCase(null);
		CaseTask task = kase.addTask("（架空）主治医に連絡", TODAY, CONSULTANT);
		kase.completeTask(task.getId(), CONSULTANT);

		assertThat(kase.getTasks()).singleElement().satisfies(done -> assertThat(done.isDone()).isTrue());
		assertThatThrownBy(() -> kase.completeTask(task.getId(), CONSULTANT)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anonymisingAClosedCaseClearsTitleTimelineTasksAndDocumentsButKeepsItsDates() {
		ConsultationCase kase = newCase(null);
		kase.recordContact(contact(null), CONSULTANT);
		kase.addTask("（架空）見本 花子さんに資料を送る", null, CONSULTANT);
		kase.addDocument("見本花子_診断書.pdf", "application/pdf", 10, CONSULTANT);
		kase.requestClose("（架空）終結", false, CONSULTANT);

		kase.anonymise(Instant.parse("2031-06-11T00:00:00Z"));

		assertThat(kase.getTitle()).isEqualTo(ConsultationCase.ANONYMISED);
		assertThat(kase.getTimeline()).isEmpty();
		assertThat(kase.getTasks()).isEmpty();
		assertThat(kase.getDocuments()).isEmpty();
		assertThat(kase.getClosedOn()).isEqualTo(TODAY);
		assertThat(kase.getRegionName()).isEqualTo("松本");
	}

	@Test
	void refusesToAnonymiseAnOpenCaseOrOneAnonymisedAlready() {
		ConsultationCase open = newCase(null);
		assertThatThrownBy(() -> open.anonymise(Instant.now())).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("RECEIVED");

		ConsultationCase closed = newCase(null);
		closed.requestClose("（架空）終結", false, CONSULTANT);
		closed.anonymise(Instant.now());
		assertThatThrownBy(() -> closed.anonymise(Instant.now())).isInstanceOf(IllegalStateException.class);
	}

	static ConsultationCase newCase(LocalDate due) {
		return new ConsultationCase(UUID.randomUUID(), "（架空）就学の相談", "松本", null, UUID.randomUUID(), "試験 相談員",
				CasePriority.NORMAL, due, CONSULTANT);
	}

	static ContactInput contact(LocalDate nextDue) {
		return new ContactInput(TODAY, ConsultationChannel.PHONE, "母", "（架空）様子を聞いた", nextDue);
	}
}
