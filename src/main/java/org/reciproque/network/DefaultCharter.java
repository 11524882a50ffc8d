package org.reciproque.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The charter a new network starts with, written from the RERS principles; each network
 * adapts it.
 */
@Component
class DefaultCharter {

	private final String text;

	DefaultCharter() {
		try {
			this.text = new ClassPathResource("network/default-charter-fr.txt")
				.getContentAsString(StandardCharsets.UTF_8)
				.strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String text() {
		return this.text;
	}

}
