package org.tsunagu.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrations only go forward: versioned files in the one folder, named by timestamp, no undo ({@code U...}),
 * repeatable ({@code R...}) or baseline files, no version twice. That an applied migration was never edited is
 * checked where it matters — Flyway validates the checksums of applied migrations at every start and refuses
 * to start on a mismatch (docs/operations.md).
 */
class MigrationFilesTests {

	@Test
	void everyMigrationIsAForwardOnlyVersionedFileWithAUniqueTimestamp() throws IOException {
		List<String> names = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/**/*"))
			.filter(Resource::isReadable)
			.map(Resource::getFilename)
			.toList();

		assertThat(names).isNotEmpty().allMatch(name -> name.matches("V\\d{12}__[a-z]+_[a-z0-9_]+\\.sql"),
				"V<yyyyMMddHHmm>__<module>_<what>.sql");
		assertThat(names.stream().map(name -> name.substring(1, 13))).doesNotHaveDuplicates();
	}
}
