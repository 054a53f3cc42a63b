package org.tsunagu.training.internal;

import java.util.UUID;

import org.tsunagu.training.AttendanceStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One participant's attendance at one session; part of the {@link TrainingApplication} aggregate. */
@Entity
@Table(name = "training_attendance")
class Attendance {

	@Id
	private UUID id = UUID.randomUUID();

	@Column(name = "session_id", nullable = false)
	private UUID sessionId = new UUID(0, 0);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AttendanceStatus status = AttendanceStatus.ABSENT;

	@Column(name = "missed_minutes", nullable = false)
	private int missedMinutes;

	@Column(name = "made_up", nullable = false)
	private boolean madeUp;

	protected Attendance() {
	}

	Attendance(UUID sessionId) {
		this.sessionId = sessionId;
	}

	void set(AttendanceStatus status, int missedMinutes, boolean madeUp) {
		if (missedMinutes < 0) {
			throw new IllegalArgumentException("Missed minutes cannot be negative");
		}
		if (status == AttendanceStatus.PARTIAL && missedMinutes == 0) {
			throw new IllegalArgumentException("Late or early leave needs the minutes missed");
		}
		this.status = status;
		this.missedMinutes = status == AttendanceStatus.PARTIAL ? missedMinutes : 0;
		this.madeUp = status != AttendanceStatus.PRESENT && madeUp;
	}

	CompletionRule.Mark mark() {
		return new CompletionRule.Mark(status, missedMinutes, madeUp);
	}

	UUID getSessionId() {
		return sessionId;
	}

	AttendanceStatus getStatus() {
		return status;
	}

	int getMissedMinutes() {
		return missedMinutes;
	}

	boolean isMadeUp() {
		return madeUp;
	}
}
