package org.tsunagu.council.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the councils of a prefecture are set up at first start: the file of 会議事項 per kind of council and
 * the names. Another prefecture sets its own file and names.
 *
 * @param topicsFile CSV with {@code kind,code,label} (kind: PREFECTURE, REGION, INTERNAL)
 * @param prefectureName name of the 全県会議
 * @param prefectureHolder who holds the 全県会議
 * @param regionName name of a 圏域会議; {@code {0}} is replaced by the 圏域
 * @param internalName name of the 庁内連携会議
 * @param internalHolder who holds the 庁内連携会議
 */
@ConfigurationProperties("tsunagu.council")
record CouncilSettings(@DefaultValue("classpath:reference/nagano/council-topics.csv") String topicsFile,
		@DefaultValue("医療的ケア児等支援連携推進会議（全県会議）") String prefectureName,
		@DefaultValue("長野県健康福祉部障がい者支援課") String prefectureHolder,
		@DefaultValue("{0}圏域 医療的ケア児等支援連携推進会議") String regionName,
		@DefaultValue("医療的ケア児等支援庁内連携会議") String internalName,
		@DefaultValue("長野県健康福祉部障がい者支援課") String internalHolder) {
}
