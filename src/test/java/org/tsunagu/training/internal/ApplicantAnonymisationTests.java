package org.tsunagu.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tsunagu.training.ApplicationStatus;

/**
 * An applicant who did not complete is anonymised after the retention period: the name and contact details go,
 * the year and month of birth, the 圏域 and the status stay for the statistics.
 */
class ApplicantAnonymisationTests {

	static final Instant APPLIED = Instant.parse("2022-05-01T01:00:00Z");

	@Test
	void clearsNameAndContactDetailsAndKeepsYearAndMonthOfBirth() {
		TrainingApplication application = TrainingFixtures.applicant("見本 花子", APPLIED);

		application.anonymise(Instant.parse("2025-05-02T00:00:00Z"));

		assertThat(application.getName()).isEqualTo(Person.ANONYMOUS_NAME);
		assertThat(application.getKana()).isEqualTo(Person.ANONYMOUS_KANA);
		assertThat(application.getEmail()).isEmpty();
		assertThat(application.getPhone()).isNull();
		assertThat(application.getBirthDate()).isEqualTo(LocalDate.of(1985, 4, 1));
		assertThat(application.getRegionName()).isEqualTo("松本");
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPLIED);
		assertThat(application.getAnonymisedAt()).isEqualTo(Instant.parse("2025-05-02T00:00:00Z"));
	}

	@Test
	void refusesToAnonymiseTwice() {
		TrainingApplication application = TrainingFixtures.applicant("試験 太郎", APPLIED);
		application.anonymise(Instant.parse("2025-05-02T00:00:00Z"));

		assertThatThrownBy(() -> application.anonymise(Instant.parse("2025-05-03T00:00:00Z")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("anonymised");
	}

	@Test
	void aPersonLosesNameAndEmail() {
		Person person = new Person("見本 花子", "みほん はなこ", LocalDate.of(1985, 4, 17), "Hanako@Example.invalid");

		person.anonymise(Instant.parse("2025-05-02T00:00:00Z"));

		assertThat(person.getName()).isEqualTo(Person.ANONYMOUS_NAME);
		assertThat(person.getEmail()).isNull();
		assertThat(person.getBirthDate()).isEqualTo(LocalDate.of(1985, 4, 1));
	}
}
