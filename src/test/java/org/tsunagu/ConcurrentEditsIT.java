package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.tsunagu.consultation.CaseEntryKind;
import org.tsunagu.consultation.CaseEntryView;
import org.tsunagu.consultation.CaseManagement;
import org.tsunagu.consultation.CasePriority;
import org.tsunagu.consultation.ChildLink;
import org.tsunagu.consultation.ConsultationChannel;
import org.tsunagu.consultation.ConsultationDetails;
import org.tsunagu.consultation.ConsultationInput;
import org.tsunagu.consultation.ConsultationManagement;
import org.tsunagu.consultation.ConsultationTopic;
import org.tsunagu.consultation.ConsulterType;
import org.tsunagu.consultation.ContactInput;
import org.tsunagu.identity.Role;
import org.tsunagu.registry.ChildDetails;
import org.tsunagu.registry.ChildInput;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildRegistryIT.WithUser;
import org.tsunagu.registry.Sex;
import org.tsunagu.shared.StaleRecordException;
import org.tsunagu.testsupport.DatabaseTest;

/**
 * Many people saving the same record at once lose nothing. Eight writers each make 15 changes to one child, one
 * consultation and one case, through the module APIs; a writer whose save is refused as stale (the version
 * check, or the database's optimistic lock when two commits race) reads the record again and re-applies its
 * change. At the end every writer's every marker is stored and the version counts exactly the successful
 * saves — on H2 and on PostgreSQL.
 */
@DatabaseTest
class ConcurrentEditsIT {

	static final int WRITERS = 8;

	static final int UPDATES = 15;

	@Autowired
	ChildManagement children;

	@Autowired
	ConsultationManagement consultations;

	@Autowired
	CaseManagement cases;

	ExecutorService pool;

	@BeforeEach
	void startWriters() {
		pool = Executors.newFixedThreadPool(WRITERS);
	}

	@AfterEach
	void stopWriters() {
		pool.shutdownNow();
	}

	@Test
	void concurrentChildUpdatesThatRetryOnStaleKeepEveryWritersChange() throws Exception {
		UUID id = asConsultant(() -> children.register(child("")));
		long initial = asConsultant(() -> children.get(id).version());

		int saved = runWriters(marker -> {
			ChildDetails read = children.get(id);
			children.update(id, read.version(), child(nullToEmpty(read.servicesUsed()) + marker));
		});

		ChildDetails stored = asConsultant(() -> children.get(id));
		assertThat(markersIn(stored.servicesUsed())).containsExactlyInAnyOrderElementsOf(allMarkers());
		assertThat(saved).isEqualTo(WRITERS * UPDATES);
		assertThat(stored.version()).isEqualTo(initial + saved);
	}

	@Test
	void concurrentConsultationUpdatesThatRetryOnStaleKeepEveryWritersChange() throws Exception {
		UUID id = asConsultant(() -> consultations.record(consultation("")));
		long initial = asConsultant(() -> consultations.get(id).version());

		int saved = runWriters(marker -> {
			ConsultationDetails read = consultations.get(id);
			consultations.update(id, read.version(), consultation(nullToEmpty(read.answer()) + marker));
		});

		ConsultationDetails stored = asConsultant(() -> consultations.get(id));
		assertThat(markersIn(stored.answer())).containsExactlyInAnyOrderElementsOf(allMarkers());
		assertThat(stored.version()).isEqualTo(initial + saved);
	}

	@Test
	void concurrentContactsOnOneCaseAreAllOnItsTimeline() throws Exception {
		UUID id = asConsultant(() -> cases.open(consultations.record(consultation("")), null, CasePriority.NORMAL,
				null));

		int saved = runWriters(marker -> cases.recordContact(id, new ContactInput(LocalDate.of(2026, 6, 10),
				ConsultationChannel.PHONE, "母", "（架空）同時記録 " + marker, null)));

		List<String> contacts = asConsultant(() -> cases.get(id).timeline()
			.stream()
			.filter(entry -> entry.kind() == CaseEntryKind.CONTACT)
			.map(CaseEntryView::content)
			.toList());
		assertThat(saved).isEqualTo(WRITERS * UPDATES);
		assertThat(contacts).hasSize(saved);
		assertThat(contacts.stream().map(text -> text.substring(text.lastIndexOf(' ') + 1)))
			.containsExactlyInAnyOrderElementsOf(allMarkers());
	}

	/** Runs every writer's updates in parallel; returns the number of successful saves. */
	private int runWriters(Update update) throws Exception {
		AtomicInteger saved = new AtomicInteger();
		List<Future<?>> writers = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			int w = writer;
			writers.add(pool.submit(() -> WithUser.run(Role.CONSULTANT, null, () -> {
				for (int n = 0; n < UPDATES; n++) {
					saveRetryingOnStale(update, marker(w, n));
					saved.incrementAndGet();
				}
			})));
		}
		for (Future<?> writer : writers) {
			writer.get(5, TimeUnit.MINUTES);
		}
		return saved.get();
	}

	/** Re-reads and re-applies until the save is based on the current version. */
	private static void saveRetryingOnStale(Update update, String marker) {
		while (true) {
			try {
				update.apply(marker);
				return;
			}
			catch (StaleRecordException | ConcurrencyFailureException someoneSavedFirst) {
				Thread.onSpinWait();
			}
		}
	}

	/** "A07;": writer A's eighth change. Four characters, so 200 of them fit a 1,000-character column. */
	private static String marker(int writer, int update) {
		return "%c%02d;".formatted((char) ('A' + writer), update);
	}

	private static List<String> allMarkers() {
		List<String> all = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			for (int n = 0; n < UPDATES; n++) {
				all.add(marker(writer, n));
			}
		}
		return all;
	}

	private static List<String> markersIn(String text) {
		return Arrays.stream(nullToEmpty(text).split("(?<=;)")).filter(part -> !part.isBlank()).toList();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static ChildInput child(String servicesUsed) {
		return new ChildInput("同時", "花子", "ドウジ", "ハナコ", LocalDate.of(2019, 5, 1), Sex.FEMALE, null, null, "202029",
				"（架空）", null, null, null, servicesUsed, null, null, null, false, List.of());
	}

	private static ConsultationInput consultation(String answer) {
		return new ConsultationInput(Instant.parse("2026-06-10T00:30:00Z"), ConsultationChannel.PHONE,
				ConsulterType.FAMILY, "見本 桜", null, "202029", null, ChildLink.UNKNOWN, null,
				Set.of(ConsultationTopic.SCHOOLING), "（架空）同時編集試験の相談", answer, null);
	}

	private static <T> T asConsultant(java.util.function.Supplier<T> action) {
		Object[] result = new Object[1];
		WithUser.run(Role.CONSULTANT, null, () -> result[0] = action.get());
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	@FunctionalInterface
	interface Update {

		void apply(String marker);
	}
}
