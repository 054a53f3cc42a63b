package org.tsunagu.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;

import org.tsunagu.reference.ReferenceData;
import org.tsunagu.shared.TabularFile;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the cells of a children's file hold, the reader answers with children or a list of errors by line
 * and column — never an exception — and never both: a file with one bad row imports nothing.
 */
class ChildImportReaderPropertiesTests {

	static final List<String> HEADER = List.of("氏", "名", "氏フリガナ", "名フリガナ", "生年月日", "性別", "市町村コード",
			"保護者氏名", "保護者続柄", "保護者電話", "MEIS登録");

	final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	final ChildImportReader reader = new ChildImportReader(validator, mock(ReferenceData.class));

	@Property(tries = 200)
	void randomCellsGiveChildrenOrErrorsButNeverAnException(@ForAll("tables") List<List<String>> rows) {
		ImportResult result = reader.read(new TabularFile(HEADER, rows));

		if (result.isValid()) {
			assertThat(result.children()).hasSize(rows.size());
		}
		else {
			assertThat(result.errors()).allSatisfy(error -> assertThat(error.line()).isBetween(1, rows.size() + 1));
		}
	}

	@Property(tries = 50)
	void anyHeaderIsCheckedForTheRequiredColumns(@ForAll("headers") List<String> header) {
		List<List<String>> rows = List.of(new ArrayList<>(java.util.Collections.nCopies(header.size(), "x")));

		ImportResult result = reader.read(new TabularFile(header, rows));

		assertThat(result.isValid() ? result.children() : result.errors()).isNotNull();
	}

	@Provide
	Arbitrary<List<List<String>>> tables() {
		Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60),
				Arbitraries.of("", "見本", "ミホン", "みほん", "ﾐﾎﾝ", "2019-05-01", "2019/5/1", "令和元年5月1日", "9999-99-99",
						"女", "男", "その他", "202029", "202011", "999999", "0", "-1", "あり", "090-0000-0000",
						"=cmd|' /C calc'!A0", "\u0000", "𠮷", "a".repeat(500)));
		return cell.list().ofSize(HEADER.size()).list().ofMaxSize(20);
	}

	@Provide
	Arbitrary<List<String>> headers() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10), Arbitraries.of(HEADER)).list().ofMaxSize(15);
	}
}
