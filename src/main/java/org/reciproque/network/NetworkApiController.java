package org.reciproque.network;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.reciproque.platform.security.CurrentAccount;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Networks in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/networks")
class NetworkApiController {

	private final Networks networks;

	NetworkApiController(Networks networks) {
		this.networks = networks;
	}

	/**
	 * The networks visible to the caller: the public directory.
	 */
	@GetMapping
	List<NetworkResource> list() {
		return this.networks.directory().stream().map(NetworkResource::of).toList();
	}

	/**
	 * Creates a network (platform administrators only); a taken slug gives 409.
	 */
	@PostMapping
	ResponseEntity<NetworkResource> create(@Valid @RequestBody NewNetwork body) {
		if (!CurrentAccount.require().platformAdmin()) {
			throw new AccessDeniedException("Platform administrators only");
		}
		NetworkView created = this.networks.create(body);
		return ResponseEntity.created(URI.create("/api/v1/networks/" + created.slug()))
			.body(NetworkResource.of(created));
	}

	/**
	 * A network in the API.
	 *
	 * @param slug the short name
	 * @param name the name
	 * @param town the town or territory
	 * @param description the presentation
	 * @param charter the charter
	 */
	record NetworkResource(String slug, String name, @Nullable String town, @Nullable String description,
			String charter) {

		static NetworkResource of(NetworkView view) {
			return new NetworkResource(view.slug(), view.name(), view.town(), view.description(), view.charter());
		}

	}

}
