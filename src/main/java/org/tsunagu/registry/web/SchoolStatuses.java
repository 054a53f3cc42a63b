package org.tsunagu.registry.web;

import java.util.List;

/**
 * The 就園・就学 choices of the child form and list filter (stored as the text shown).
 */
final class SchoolStatuses {

	static final List<String> ALL = List.of("未就園", "保育所・認定こども園", "幼稚園", "児童発達支援（通園）", "小学校",
			"中学校", "高等学校", "特別支援学校 小学部", "特別支援学校 中学部", "特別支援学校 高等部", "訪問教育", "卒業・就労",
			"その他");

	private SchoolStatuses() {
	}
}
