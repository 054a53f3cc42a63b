package org.tsunagu.institution;

import java.util.ArrayList;
import java.util.List;

/**
 * The column headings of the institution files: what the export writes and the import reads. Care columns are
 * 「医療的ケア1」 … 「医療的ケア14」 (the 判定スコア categories) with 可 / 条件付き / 不可 / 未確認.
 */
public final class InstitutionColumns {

	public static final String NAME = "名称";

	public static final String KANA = "フリガナ";

	public static final String FIELD = "分野";

	public static final String KIND = "種別";

	public static final String OFFICE_NUMBER = "事業所番号";

	public static final String POSTAL_CODE = "郵便番号";

	public static final String MUNICIPALITY_CODE = "市町村コード";

	public static final String MUNICIPALITY = "市町村";

	public static final String REGION = "圏域";

	public static final String ADDRESS = "所在地";

	public static final String PHONE = "電話";

	public static final String EMAIL = "メール";

	public static final String WEBSITE = "ウェブサイト";

	public static final String AGE_MIN = "対象年齢下限";

	public static final String AGE_MAX = "対象年齢上限";

	public static final String CAPACITY = "定員";

	public static final String WAITING = "空き状況";

	public static final String PUBLIC = "公開";

	public static final String CONFIRMED = "最終確認日";

	public static final String NOTES = "備考";

	public static final String RETIRED = "廃止";

	public static final String CARE_PREFIX = "医療的ケア";

	/** Columns an import must have. */
	public static final List<String> REQUIRED = List.of(NAME, KANA, KIND);

	private InstitutionColumns() {
	}

	/** The heading of one care category. */
	public static String care(int itemNo) {
		return CARE_PREFIX + itemNo;
	}

	/** Every heading in file order. */
	public static List<String> all() {
		List<String> all = new ArrayList<>(List.of(NAME, KANA, FIELD, KIND, OFFICE_NUMBER, POSTAL_CODE,
				MUNICIPALITY_CODE, MUNICIPALITY, REGION, ADDRESS, PHONE, EMAIL, WEBSITE, AGE_MIN, AGE_MAX, CAPACITY,
				WAITING, PUBLIC, CONFIRMED, NOTES, RETIRED));
		for (int item = 1; item <= 14; item++) {
			all.add(care(item));
		}
		return all;
	}
}
