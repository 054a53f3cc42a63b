package org.tsunagu.institution.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tsunagu.institution.Acceptance;
import org.tsunagu.institution.InstitutionKind;
import org.tsunagu.institution.WaitingStatus;

/**
 * The words an imported file may use for 種別, 空き状況, 公開 and each care answer: the Japanese labels of the
 * screens (what the export writes), the code names, and a few common marks (○ △ ×).
 */
@Component
class ImportVocabulary {

	private final Map<String, InstitutionKind> kinds = new HashMap<>();

	private final Map<String, WaitingStatus> waiting = new HashMap<>();

	private final Map<String, Boolean> publicListing = new HashMap<>();

	private final Map<String, Answer> answers = new HashMap<>();

	/** A care answer; {@link #UNKNOWN} removes the answer (未確認). */
	enum Answer {

		/** 可. */
		ACCEPTS,

		/** 条件付き. */
		CONDITIONAL,

		/** 不可. */
		DECLINES,

		/** 未確認. */
		UNKNOWN;

		Acceptance acceptance() {
			return Acceptance.valueOf(name());
		}
	}

	ImportVocabulary(MessageSource messages) {
		for (InstitutionKind kind : InstitutionKind.values()) {
			kinds.put(kind.name(), kind);
			kinds.put(label(messages, "institution.kind." + kind.name()), kind);
		}
		for (WaitingStatus status : WaitingStatus.values()) {
			waiting.put(status.name(), status);
			waiting.put(label(messages, "institution.waiting." + status.name()), status);
		}
		for (String yes : new String[] { "掲載可", "公開", "はい", "可", "1", "TRUE", "○", "YES" }) {
			publicListing.put(yes, true);
		}
		for (String no : new String[] { "掲載しない", "非公開", "いいえ", "不可", "0", "FALSE", "×", "NO" }) {
			publicListing.put(no, false);
		}
		put(Answer.ACCEPTS, "可", "○", "ACCEPTS");
		put(Answer.CONDITIONAL, "条件付き", "条件付", "△", "CONDITIONAL");
		put(Answer.DECLINES, "不可", "×", "DECLINES");
		put(Answer.UNKNOWN, "未確認", "-", "UNKNOWN");
	}

	private void put(Answer answer, String... words) {
		for (String word : words) {
			answers.put(word, answer);
		}
	}

	private static String label(MessageSource messages, String key) {
		return messages.getMessage(key, null, key, Locale.JAPANESE).toUpperCase(Locale.ROOT);
	}

	Map<String, InstitutionKind> kinds() {
		return kinds;
	}

	Map<String, WaitingStatus> waiting() {
		return waiting;
	}

	Map<String, Boolean> publicListing() {
		return publicListing;
	}

	Map<String, Answer> answers() {
		return answers;
	}
}
