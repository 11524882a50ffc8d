package org.reciproque;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and English bundles stay in step: every key exists in both languages.
 */
class MessageBundleTests {

	static Stream<String> bundles() throws IOException {
		return Stream.of(new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties"))
			.map(Resource::getFilename)
			.filter((name) -> name != null && !name.contains("_"))
			.map((name) -> name.substring(0, name.length() - ".properties".length()))
			.sorted();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void shouldHaveTheSameKeysInFrenchAndEnglish(String bundle) throws IOException {
		Set<String> french = keys("i18n/" + bundle + ".properties");
		Set<String> english = keys("i18n/" + bundle + "_en.properties");
		assertThat(english).containsExactlyInAnyOrderElementsOf(french);
	}

	@Test
	void shouldListEveryBundleInTheConfiguration() throws IOException {
		String configuration = new ClassPathResource("application.yaml").getContentAsString(StandardCharsets.UTF_8);
		assertThat(bundles()).isNotEmpty().allSatisfy((bundle) -> assertThat(configuration).contains("i18n/" + bundle));
	}

	private static Set<String> keys(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
