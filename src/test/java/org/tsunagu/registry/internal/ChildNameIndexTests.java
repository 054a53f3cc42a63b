package org.tsunagu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ChildNameIndexTests {

	private final ChildRepository repository = mock(ChildRepository.class);

	private final ChildNameIndex index = new ChildNameIndex(repository);

	@Test
	void asksForTheFoldedWordsFirstAndLastPairsAndOneChildMoreThanItKeeps() {
		UUID child = UUID.randomUUID();
		when(repository.findIdsWithNamePairs("う佐", "佐藤", ChildNameIndex.MAX_CANDIDATES + 1))
			.thenReturn(List.of(child.toString()));

		// ｻﾄｳ佐藤 folds to さとう佐藤: pairs う佐, さと, とう, 佐藤 in code-point order; the first and the last.
		assertThat(index.candidates("ｻﾄｳ佐藤").ids()).containsExactly(child);
	}

	@Test
	void aTwoCharacterWordAsksForItsOnePairTwice() {
		when(repository.findIdsWithNamePairs("吸引", "吸引", ChildNameIndex.MAX_CANDIDATES + 1)).thenReturn(List.of());

		ChildNameIndex.Candidates candidates = index.candidates("吸引");

		assertThat(candidates.none()).as("no child has the pair: the search need not ask").isTrue();
	}

	@Test
	void testsEveryChildForAOneCharacterWordOrNoTextWithoutAskingTheIndex() {
		assertThat(index.candidates("佐").ids()).isNull();
		assertThat(index.candidates(" ").ids()).isNull();
		assertThat(index.candidates(null).ids()).isNull();
		assertThat(index.candidates("佐").none()).isFalse();
		verify(repository, never()).findIdsWithNamePairs(anyString(), anyString(), anyInt());
	}

	@Test
	void testsEveryChildWhenMoreChildrenThanTheCapShareThePairs() {
		List<String> many = Stream.generate(() -> UUID.randomUUID().toString())
			.limit(ChildNameIndex.MAX_CANDIDATES + 1L)
			.toList();
		when(repository.findIdsWithNamePairs("はな", "はな", ChildNameIndex.MAX_CANDIDATES + 1)).thenReturn(many);

		assertThat(index.candidates("はな").ids()).isNull();
		when(repository.findIdsWithNamePairs("はな", "はな", ChildNameIndex.MAX_CANDIDATES + 1))
			.thenReturn(many.subList(0, ChildNameIndex.MAX_CANDIDATES));
		assertThat(index.candidates("はな").ids()).hasSize(ChildNameIndex.MAX_CANDIDATES);
	}
}
