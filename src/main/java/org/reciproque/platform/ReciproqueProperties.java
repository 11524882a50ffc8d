package org.reciproque.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's own settings ({@code reciproque.*}).
 *
 * @param dataDir where the embedded database, the search index and the outbox live
 * @param baseUrl the public address, used in links sent by email when no request is at
 * hand
 * @param demo whether a demo network is loaded into an empty database
 * @param admin the first platform administrator, created at first start when given
 * @param mail the sender of outgoing messages
 */
@ConfigurationProperties("reciproque")
public record ReciproqueProperties(@DefaultValue("./data") Path dataDir,
		@DefaultValue("http://localhost:8080") String baseUrl, @DefaultValue Demo demo, @DefaultValue Admin admin,
		@DefaultValue Mail mail) {

	public record Demo(@DefaultValue("false") boolean enabled) {
	}

	public record Admin(@Nullable String email, @Nullable String password) {

		public boolean isGiven() {
			return this.email != null && !this.email.isBlank() && this.password != null && !this.password.isBlank();
		}

	}

	public record Mail(@DefaultValue("Réciproque <ne-pas-repondre@reciproque.local>") String from) {
	}

}
