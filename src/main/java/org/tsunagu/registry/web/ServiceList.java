package org.tsunagu.registry.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * The services a child uses, stored as one text: the standard services ticked on the form (in a fixed
 * order, so lists and statistics read the same) followed by what was typed under その他.
 */
final class ServiceList {

	/** The services the form offers as check boxes. */
	static final List<String> STANDARD = List.of("児童発達支援", "放課後等デイサービス", "短期入所", "医療型短期入所",
			"居宅介護", "訪問看護", "訪問診療", "訪問リハビリテーション", "保育所等訪問支援", "日中一時支援", "計画相談支援");

	private static final String SEPARATOR = "、";

	private ServiceList() {
	}

	static @Nullable String join(List<String> ticked, String other) {
		List<String> all = new ArrayList<>(STANDARD.stream().filter(ticked::contains).toList());
		Arrays.stream(other.split("[、,，]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
		return all.isEmpty() ? null : String.join(SEPARATOR, all);
	}

	static void split(@Nullable String stored, List<String> ticked, Consumer<String> other) {
		if (stored == null || stored.isBlank()) {
			return;
		}
		List<String> rest = new ArrayList<>();
		for (String service : stored.split(SEPARATOR)) {
			if (STANDARD.contains(service)) {
				ticked.add(service);
			}
			else {
				rest.add(service);
			}
		}
		other.accept(String.join(SEPARATOR, rest));
	}
}
