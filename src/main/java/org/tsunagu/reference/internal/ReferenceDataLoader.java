package org.tsunagu.reference.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tsunagu.audit.AuditAction;
import org.tsunagu.audit.AuditLog;

/**
 * Fills empty reference tables from the prefecture's CSV files at start-up. It runs before every other
 * start-up job because they (the demo users, for one) need the regions. Tables that already hold data are
 * left alone, so administrators' edits survive restarts. All files are read and checked before anything is
 * saved, in one transaction: a bad file loads nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final ReferenceSettings settings;

	private final ResourceLoader resources;

	private final ReferenceRepositories repositories;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	ReferenceDataLoader(ReferenceSettings settings, ResourceLoader resources, ReferenceRepositories repositories,
			AuditLog auditLog, ApplicationEventPublisher events) {
		this.settings = settings;
		this.resources = resources;
		this.repositories = repositories;
		this.auditLog = auditLog;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		load();
	}

	/** Loads the files into whichever tables are empty; does nothing when all hold data. */
	void load() {
		List<Region> regions = isEmpty(repositories.regions())
				? read(settings.regionsFile(), ReferenceFileParser::regions) : List.of();
		List<Municipality> municipalities = regions.isEmpty() ? List.of() : read(settings.municipalitiesFile(),
				(file, reader) -> ReferenceFileParser.municipalities(file, reader, byName(regions)));
		List<Department> departments = isEmpty(repositories.departments())
				? read(settings.departmentsFile(), ReferenceFileParser::departments) : List.of();
		List<CareScoreItem> items = isEmpty(repositories.careScoreItems()) ? read(settings.careScoreItemsFile(),
				(file, reader) -> ReferenceFileParser.careScoreItems(file, reader, settings.careScoreEffectiveFrom()))
				: List.of();
		if (regions.isEmpty() && departments.isEmpty() && items.isEmpty()) {
			LOG.info("Reference data already present; nothing loaded from {}", settings.location());
			return;
		}
		save(regions, municipalities, departments, items);
	}

	private static boolean isEmpty(CrudRepository<?, ?> repository) {
		return repository.count() == 0;
	}

	private void save(List<Region> regions, List<Municipality> municipalities, List<Department> departments,
			List<CareScoreItem> items) {
		repositories.regions().saveAll(regions);
		repositories.municipalities().saveAll(municipalities);
		repositories.departments().saveAll(departments);
		repositories.careScoreItems().saveAll(items);
		String summary = "%d regions, %d municipalities, %d departments, %d care score items from %s".formatted(
				regions.size(), municipalities.size(), departments.size(), items.size(), settings.location());
		LOG.info("Loaded reference data: {}", summary);
		auditLog.record(AuditAction.CREATE, "ReferenceData", settings.location(), "Loaded " + summary);
		events.publishEvent(new ReferenceDataChanged("ReferenceData"));
	}

	private <T> List<T> read(String fileName, FileParser<T> parser) {
		String location = settings.resolve(fileName);
		Resource resource = resources.getResource(location);
		if (!resource.exists()) {
			throw new ReferenceFileException(location, "file not found (tsunagu.reference.location)", null);
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return parser.parse(fileName, reader);
		}
		catch (IOException exception) {
			throw new ReferenceFileException(location, "cannot be read", exception);
		}
	}

	private static Map<String, Region> byName(List<Region> regions) {
		return regions.stream().collect(Collectors.toMap(Region::getName, Function.identity()));
	}

	/** Reads one file. */
	@FunctionalInterface
	interface FileParser<T> {

		List<T> parse(String fileName, Reader reader);
	}
}
