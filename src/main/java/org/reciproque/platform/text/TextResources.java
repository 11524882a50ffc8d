package org.reciproque.platform.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the word lists shipped in this package. They are part of the application: a
 * missing or unreadable list is a build mistake, hence unchecked exceptions.
 */
final class TextResources {

	private TextResources() {
	}

	/**
	 * Lines of a UTF-8 classpath resource, given by absolute name ({@code /org/...}).
	 */
	static List<String> lines(String resource) {
		InputStream in = TextResources.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing resource " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
