package org.tsunagu.consultation.internal;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the search index holds of a consultation, mapped here rather than by annotations so the entity stays
 * about consultations. Each text is indexed twice: as written ({@link JapaneseSearchAnalyzers#surface()})
 * and as read ({@link JapaneseSearchAnalyzers#reading()}); the filters are keyword, date and enum fields.
 */
final class ConsultationSearchMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "consultation";

	/** The texts searched, by entity property; the index fields are these names plus the suffixes below. */
	static final String[] TEXTS = { "content", "answer", "nextStep", "consulterName", "consulterOrganisation" };

	static final String SURFACE_SUFFIX = "_surface";

	static final String READING_SUFFIX = "_reading";

	static final String REGION = "region";

	static final String CHANNEL = "channel";

	static final String TOPIC = "topic";

	static final String STATUS = "status";

	static final String OWNER = "owner";

	static final String RECEIVED_AT = "receivedAt";

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		TypeMappingStep consultation = context.programmaticMapping().type(Consultation.class);
		consultation.indexed().index(INDEX);
		for (String text : TEXTS) {
			consultation.property(text)
				.fullTextField(text + SURFACE_SUFFIX)
				.analyzer(JapaneseSearchAnalyzers.SURFACE)
				.fullTextField(text + READING_SUFFIX)
				.analyzer(JapaneseSearchAnalyzers.READING);
		}
		consultation.property("regionName").keywordField(REGION);
		consultation.property("channel").keywordField(CHANNEL);
		consultation.property("topics").keywordField(TOPIC);
		consultation.property("status").keywordField(STATUS);
		consultation.property("recordedBy").keywordField(OWNER).aggregable(Aggregable.YES);
		consultation.property("receivedAt").genericField(RECEIVED_AT).sortable(Sortable.YES);
	}

	static String[] fields(String suffix) {
		String[] fields = new String[TEXTS.length];
		for (int i = 0; i < TEXTS.length; i++) {
			fields[i] = TEXTS[i] + suffix;
		}
		return fields;
	}
}
