package org.tsunagu.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.tsunagu.identity.CurrentUser;
import org.tsunagu.registry.ChildFilter;
import org.tsunagu.registry.ChildListItem;
import org.tsunagu.registry.ChildManagement;
import org.tsunagu.registry.ChildStatus;
import org.tsunagu.shared.JapaneseDates;
import org.tsunagu.shared.SpreadsheetText;

/**
 * The person-level list of enrolled children, read through the registry's own API (its scope rules apply).
 * The file says who exported it and when in its first lines, so a copy found later can be traced.
 */
@Component
class PersonLevelExport {

	private static final int PAGE = 200;

	private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
		.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(JapaneseDates.JST);

	private final ChildManagement children;

	PersonLevelExport(ChildManagement children) {
		this.children = children;
	}

	byte[] csv(CurrentUser user, Instant at) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("出力者: " + user.displayName() + "（" + user.username() + "）",
				"出力日時: " + STAMP.format(at), "取扱注意: 個人情報（要綱 第4-1(5)）", "", "", "", ""));
		rows.add(List.of("氏名", "フリガナ", "生年月日", "年齢", "圏域", "市町村", "状態"));
		LocalDate today = JapaneseDates.today();
		ChildFilter enrolled = new ChildFilter(null, null, null, ChildStatus.ENROLLED, null, null, null);
		int page = 0;
		Page<ChildListItem> batch;
		do {
			batch = children.search(enrolled, PageRequest.of(page++, PAGE, Sort.by("familyNameKana", "givenNameKana")));
			for (ChildListItem child : batch) {
				// Names are typed by staff or imported: defused so a planted formula cannot run in Excel.
				rows.add(List.of(SpreadsheetText.defuse(child.fullName()), SpreadsheetText.defuse(child.fullNameKana()),
						child.birthDate().toString(), String.valueOf(child.schoolAge(today).age()), child.regionName(),
						child.municipalityName(), "在籍"));
			}
		}
		while (batch.hasNext());
		return DatasetFiles.csv(rows.get(0), rows.subList(1, rows.size()));
	}
}
