package org.tsunagu.reference.internal;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a prefecture's reference CSV files are and what they are called. The defaults are Nagano's files
 * shipped with Tsunagu; another prefecture points {@code tsunagu.reference.location} at its own folder.
 *
 * @param location folder of the files, a Spring resource location ending in {@code /}
 * @param regionsFile 圏域: region,alias,office,office_city
 * @param municipalitiesFile 市町村: code,name,kana,region
 * @param departmentsFile 庁内連携会議 別表: bureau,division,sort_order
 * @param careScoreItemsFile 医療的ケア判定スコア: no,category,sub_item,base,watch_high,watch_mid,watch_low
 * @param careScoreEffectiveFrom first day of the score table, unless the file has an effective_from column
 */
@ConfigurationProperties("tsunagu.reference")
record ReferenceSettings(@DefaultValue("classpath:reference/nagano/") String location,
		@DefaultValue("nagano-regions.csv") String regionsFile,
		@DefaultValue("nagano-municipalities.csv") String municipalitiesFile,
		@DefaultValue("departments.csv") String departmentsFile,
		@DefaultValue("care-score-items.csv") String careScoreItemsFile,
		@DefaultValue("2021-04-01") LocalDate careScoreEffectiveFrom) {

	/** The resource location of one of the files. */
	String resolve(String fileName) {
		return location.endsWith("/") ? location + fileName : location + "/" + fileName;
	}
}
