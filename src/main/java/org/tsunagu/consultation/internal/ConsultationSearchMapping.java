package org.tsunagu.consultation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.jspecify.annotations.Nullable;

/**
 * What the search index holds of consultations and of cases, mapped here rather than by annotations so the
 * entities stay about their work. The searched texts are indexed as one text, twice: as written
 * ({@link JapaneseSearchAnalyzers#surface()}, kept for highlighting) and as read
 * ({@link JapaneseSearchAnalyzers#reading()}) — see {@link SearchTextBinder}; the filters are keyword, date and enum
 * fields. The child is indexed by id only: names stay in the registry, which finds them by its own rules (see
 * {@link ConsultationSearchService}).
 */
final class ConsultationSearchMapping implements HibernateOrmSearchMappingConfigurer {

	/**
	 * The index names carry the version of what they hold: a change of the fields gets a new name, so an upgraded
	 * installation starts with an empty index, which the start-up check rebuilds from the database
	 * ({@code SearchIndexInitializer}). Version 2: one text field instead of one per text (2026-12).
	 */
	static final String INDEX = "consultation_v2";

	static final String CASE_INDEX = "consultation_case_v2";

	/** The texts of a consultation searched, in the order of the passages shown. */
	static final List<String> CONSULTATION_TEXTS = List.of("content", "answer", "nextStep", "consulterName",
			"consulterOrganisation");

	/** The texts of a case searched: its title and, through the timeline, every contact and note. */
	static final List<String> CASE_TEXTS = List.of("title", "timeline.content", "timeline.counterpart");

	/** The searched texts as written (stored for highlighting), one field per index ({@link SearchTextBinder}). */
	static final String TEXT_SURFACE = "text_surface";

	/** The searched texts as read. */
	static final String TEXT_READING = "text_reading";

	static final String REGION = "region";

	static final String CHANNEL = "channel";

	static final String TOPIC = "topic";

	static final String STATUS = "status";

	static final String OWNER = "owner";

	static final String CHILD = "child";

	static final String RECEIVED_AT = "receivedAt";

	static final String OPENED_ON = "openedOn";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep consultation = context.programmaticMapping().type(Consultation.class);
		consultation.indexed().index(INDEX);
		consultation.binder(SearchTextBinder.of(Consultation.class, CONSULTATION_TEXTS,
				c -> Arrays.asList(c.getContent(), c.getAnswer(), c.getNextStep(), c.getConsulterName(),
						c.getConsulterOrganisation())));
		consultation.property("regionName").keywordField(REGION);
		consultation.property("channel").keywordField(CHANNEL);
		consultation.property("topics").keywordField(TOPIC);
		consultation.property("status").keywordField(STATUS);
		consultation.property("recordedBy").keywordField(OWNER).aggregable(Aggregable.YES);
		consultation.property("childId").keywordField(CHILD);
		consultation.property("receivedAt").genericField(RECEIVED_AT).sortable(Sortable.YES);
		configureCases(context);
	}

	private static void configureCases(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep kase = context.programmaticMapping().type(ConsultationCase.class);
		kase.indexed().index(CASE_INDEX);
		kase.binder(SearchTextBinder.of(ConsultationCase.class, CASE_TEXTS, ConsultationSearchMapping::caseTexts));
		// Entries are only ever added to a case, never changed: a change of the list is enough to reindex.
		kase.property("timeline").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		kase.property("regionName").keywordField(REGION);
		kase.property("status").keywordField(STATUS);
		kase.property("ownerName").keywordField(OWNER).aggregable(Aggregable.YES);
		kase.property("childId").keywordField(CHILD);
		kase.property("openedOn").genericField(OPENED_ON).sortable(Sortable.YES);
	}

	/** The title, then each entry's text and counterpart, as the timeline orders them. */
	private static List<@Nullable String> caseTexts(ConsultationCase kase) {
		List<@Nullable String> texts = new ArrayList<>();
		texts.add(kase.getTitle());
		for (CaseEntry entry : kase.getTimeline()) {
			texts.add(entry.getContent());
			texts.add(entry.getCounterpart());
		}
		return texts;
	}
}
