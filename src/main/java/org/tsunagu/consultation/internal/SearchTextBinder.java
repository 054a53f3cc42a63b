package org.tsunagu.consultation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.jspecify.annotations.Nullable;

/**
 * Indexes the searched texts of a consultation or a case as one text, in two fields: as written
 * ({@code text_surface}, kept for highlighting) and as read ({@code text_reading}). One field instead of one per
 * text means one phrase query per word instead of five (ten with the readings): at national scale a common word
 * matches a fifth of 600,000 consultations, and scoring those matches in every field was most of a search's time
 * (bench/RESULTS.md, 2026-12-02). The texts are joined by a line break, which no bigram crosses, so a word is
 * not found across two texts.
 */
final class SearchTextBinder<T> implements TypeBinder {

	/** Between two texts: a line break (the analyzers split there). */
	static final String SEPARATOR = "\n";

	private final Class<T> type;

	private final List<String> paths;

	private final Function<T, List<@Nullable String>> texts;

	private SearchTextBinder(Class<T> type, List<String> paths, Function<T, List<@Nullable String>> texts) {
		this.type = type;
		this.paths = paths;
		this.texts = texts;
	}

	/**
	 * @param paths the properties read, for reindexing when one of them changes
	 * @param texts the texts, in the order shown in the passages
	 */
	static <T> SearchTextBinder<T> of(Class<T> type, List<String> paths, Function<T, List<@Nullable String>> texts) {
		return new SearchTextBinder<>(type, paths, texts);
	}

	@Override
	public void bind(TypeBindingContext context) {
		paths.forEach(path -> context.dependencies().use(path));
		IndexFieldReference<String> surface = context.indexSchemaElement()
			.field(ConsultationSearchMapping.TEXT_SURFACE,
					f -> f.asString().analyzer(JapaneseSearchAnalyzers.SURFACE).highlightable(List.of(Highlightable.PLAIN)))
			.toReference();
		IndexFieldReference<String> reading = context.indexSchemaElement()
			.field(ConsultationSearchMapping.TEXT_READING,
					f -> f.asString().analyzer(JapaneseSearchAnalyzers.READING))
			.toReference();
		TypeBridge<T> bridge = (document, entity, bridgeContext) -> {
			String text = join(texts.apply(entity));
			document.addValue(surface, text);
			document.addValue(reading, text);
		};
		context.bridge(type, bridge);
	}

	/** The texts that are not blank, one after another. */
	static String join(List<@Nullable String> texts) {
		List<String> present = new ArrayList<>();
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				present.add(text.strip());
			}
		}
		return String.join(SEPARATOR, present);
	}
}
