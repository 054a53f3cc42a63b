package org.tsunagu.consultation.internal;

import java.util.List;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the search index holds of consultations and of cases, mapped here rather than by annotations so the
 * entities stay about their work. Each text is indexed twice: as written ({@link JapaneseSearchAnalyzers#surface()},
 * kept for highlighting) and as read ({@link JapaneseSearchAnalyzers#reading()}); the filters are keyword, date
 * and enum fields. The child is indexed by id only: names stay in the registry, which finds them by its own
 * rules (see {@link ConsultationSearchService}).
 */
final class ConsultationSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "consultation";

	static final String CASE_INDEX = "consultation_case";

	/** The texts of a consultation searched, by entity property; index fields add the suffixes below. */
	static final String[] TEXTS = { "content", "answer", "nextStep", "consulterName", "consulterOrganisation" };

	/** The texts of a case searched: its title and, through the timeline, every contact and note. */
	static final String[] CASE_TEXTS = { "title", "timeline.content", "timeline.counterpart" };

	static final String SURFACE_SUFFIX = "_surface";

	static final String READING_SUFFIX = "_reading";

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
		for (String text : TEXTS) {
			text(consultation.property(text), text);
		}
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
		text(kase.property("title"), "title");
		// Entries are only ever added to a case, never changed: a change of the list is enough to reindex.
		kase.property("timeline").indexedEmbedded().indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
		TypeMappingStep entry = context.programmaticMapping().type(CaseEntry.class);
		text(entry.property("content"), "content");
		text(entry.property("counterpart"), "counterpart");
		kase.property("regionName").keywordField(REGION);
		kase.property("status").keywordField(STATUS);
		kase.property("ownerName").keywordField(OWNER).aggregable(Aggregable.YES);
		kase.property("childId").keywordField(CHILD);
		kase.property("openedOn").genericField(OPENED_ON).sortable(Sortable.YES);
	}

	private static void text(PropertyMappingStep property, String name) {
		property.fullTextField(name + SURFACE_SUFFIX)
			.analyzer(JapaneseSearchAnalyzers.SURFACE)
			.highlightable(List.of(Highlightable.PLAIN))
			.fullTextField(name + READING_SUFFIX)
			.analyzer(JapaneseSearchAnalyzers.READING);
	}

	static String[] fields(String suffix) {
		return fields(TEXTS, suffix);
	}

	static String[] fields(String[] texts, String suffix) {
		String[] fields = new String[texts.length];
		for (int i = 0; i < texts.length; i++) {
			fields[i] = texts[i] + suffix;
		}
		return fields;
	}
}
