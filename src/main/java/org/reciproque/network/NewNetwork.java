package org.reciproque.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A network to create. Without a charter, the default charter is used.
 *
 * @param slug short name for addresses: 3 to 60 lower-case letters, digits and hyphens
 * @param name the network's name, up to 120 characters
 * @param town town or territory, up to 120 characters
 * @param description free presentation, up to 4,000 characters
 * @param charter charter text, up to 20,000 characters
 */
public record NewNetwork(
		@NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "{network.slug.pattern}") String slug,
		@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 120) String town,
		@Nullable @Size(max = 4000) String description, @Nullable @Size(max = 20000) String charter) {
}
