package org.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every Japanese message has its English twin and the other way round, and none is empty.
 */
class I18nPropertiesSyncTests {

	@Test
	void japaneseAndEnglishMessagesHaveTheSameKeys() throws IOException {
		Properties japanese = load("messages_ja.properties");
		Properties english = load("messages_en.properties");

		assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys missing in English")
			.containsAll(japanese.stringPropertyNames());
		assertThat(new TreeSet<>(japanese.stringPropertyNames())).as("keys missing in Japanese")
			.containsAll(english.stringPropertyNames());
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		for (String file : Set.of("messages_ja.properties", "messages_en.properties")) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames()).as(file)
				.allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				I18nPropertiesSyncTests.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		assertThat(properties).as(name).isNotEmpty();
		return properties;
	}
}
