package org.tsunagu.consultation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationStatus;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;

class ConsultationTests {

	@Test
	void aReceivedConsultationIsClosedOnceAnswered() {
		Consultation consultation = new Consultation(call(Set.of(ConsultationTopic.SCHOOLING)), "松本", "試験 相談員");
		assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.RECEIVED);

		consultation.close();

		assertThat(consultation.getStatus()).isEqualTo(ConsultationStatus.CLOSED);
	}

	@Test
	void rejectsClosingAClosedConsultation() {
		Consultation consultation = new Consultation(call(Set.of(ConsultationTopic.SCHOOLING)), "松本", "試験 相談員");
		consultation.close();

		assertThatIllegalStateException().isThrownBy(consultation::close).withMessageContaining("CLOSED");
	}

	@Test
	void rejectsAConsultationWithoutTopics() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Consultation(call(Set.of()), "松本", "試験 相談員"));
	}

	@Test
	void rejectsALinkWithoutAChildAndAChildWithoutALink() {
		ConsultationInput linkedWithoutChild = input(ChildLink.LINKED, null);
		ConsultationInput childWithoutLink = input(ChildLink.ANONYMOUS, UUID.randomUUID());

		assertThatIllegalArgumentException().isThrownBy(() -> new Consultation(linkedWithoutChild, "松本", "試験"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Consultation(childWithoutLink, "松本", "試験"));
	}

	@Test
	void foldsContentAndConsulterForSearchAndSummarisesTheFirstLine() {
		Consultation consultation = new Consultation(call(Set.of(ConsultationTopic.DISASTER)), "松本", "試験 相談員");

		assertThat(consultation.getTopics()).containsExactly(ConsultationTopic.DISASTER);
		assertThat(ConsultationViews.summary("（架空）就学相談について\n詳細")).isEqualTo("（架空）就学相談について");
	}

	static ConsultationInput call(Set<ConsultationTopic> topics) {
		return new ConsultationInput(Instant.parse("2026-04-01T00:30:00Z"), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, "見本 桜", null, "202029", null, ChildLink.UNKNOWN, null, topics,
				"（架空）就学相談について", "（架空）制度を案内した", null);
	}

	private static ConsultationInput input(ChildLink link, UUID childId) {
		return new ConsultationInput(Instant.parse("2026-04-01T00:30:00Z"), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, null, null, "202029", null, link, childId, Set.of(ConsultationTopic.OTHER),
				"（架空）相談", null, null);
	}
}
