package org.reciproque;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and English bundles stay in step: every key exists in both languages.
 */
class MessageBundleTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages", "network", "member", "notification", "knowledge", "search" })
	void shouldHaveTheSameKeysInFrenchAndEnglish(String bundle) throws IOException {
		Set<String> french = keys("i18n/" + bundle + ".properties");
		Set<String> english = keys("i18n/" + bundle + "_en.properties");
		assertThat(english).containsExactlyInAnyOrderElementsOf(french);
	}

	@Test
	void shouldListEveryBundleInTheConfiguration() throws IOException {
		String configuration = new ClassPathResource("application.yaml").getContentAsString(StandardCharsets.UTF_8);
		assertThat(configuration).contains("i18n/messages", "i18n/network", "i18n/member", "i18n/notification",
				"i18n/knowledge", "i18n/search");
	}

	private static Set<String> keys(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
