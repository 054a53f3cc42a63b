package org.tsunagu.consultation;

import java.time.YearMonth;
import java.util.Map;

/**
 * Consultations in numbers; keys with no consultation are absent. A consultation with several topics
 * counts once under each topic.
 *
 * @param total consultations received
 * @param byMonth month of receipt in Japan → consultations
 * @param byChannel 受付方法 → consultations
 * @param byConsulter 相談者 → consultations
 * @param byTopic 相談内容の分類 → consultations
 * @param byRegion 圏域 → consultations
 * @param byStatus 受付 / 対応済み → consultations
 */
public record ConsultationFigures(long total, Map<YearMonth, Long> byMonth, Map<ConsultationChannel, Long> byChannel,
		Map<ConsulterType, Long> byConsulter, Map<ConsultationTopic, Long> byTopic, Map<String, Long> byRegion,
		Map<ConsultationStatus, Long> byStatus) {

	public ConsultationFigures {
		byMonth = Map.copyOf(byMonth);
		byChannel = Map.copyOf(byChannel);
		byConsulter = Map.copyOf(byConsulter);
		byTopic = Map.copyOf(byTopic);
		byRegion = Map.copyOf(byRegion);
		byStatus = Map.copyOf(byStatus);
	}
}
