package org.reciproque.network;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.reciproque.platform.ConflictException;
import org.reciproque.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network module's public service: find, list, create and configure networks.
 */
@Service
public class Networks {

	private final NetworkRepository repository;

	private final DefaultCharter defaultCharter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Networks(NetworkRepository repository, DefaultCharter defaultCharter, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.defaultCharter = defaultCharter;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<NetworkView> findBySlug(String slug) {
		return this.repository.findBySlug(slug).map(Network::toView);
	}

	@Transactional(readOnly = true)
	public NetworkView get(String slug) {
		return findBySlug(slug).orElseThrow(() -> new NotFoundException("error.network.notFound"));
	}

	@Transactional(readOnly = true)
	public Optional<NetworkView> findById(long id) {
		return this.repository.findById(id).map(Network::toView);
	}

	@Transactional(readOnly = true)
	public List<NetworkView> directory() {
		return this.repository.findAllByOrderByNameAsc().stream().map(Network::toView).toList();
	}

	/**
	 * Creates a network; access is checked by the caller (platform administrators only).
	 * @throws ConflictException when the slug is taken
	 */
	@Transactional
	public NetworkView create(NewNetwork command) {
		if (this.repository.existsBySlug(command.slug())) {
			throw new ConflictException("network.slug.taken", command.slug());
		}
		String charter = (command.charter() == null || command.charter().isBlank()) ? this.defaultCharter.text()
				: command.charter();
		Network network = new Network(command.slug(), command.name().strip(), blankToNull(command.town()),
				blankToNull(command.description()), charter, this.clock.instant());
		try {
			NetworkView created = this.repository.saveAndFlush(network).toView();
			this.events.publishEvent(new NetworkCreated(created.id(), created.slug()));
			return created;
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("network.slug.taken", command.slug());
		}
	}

	@Transactional
	public NetworkView update(String slug, NetworkSettings settings) {
		Network network = this.repository.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("error.network.notFound"));
		network.update(new NetworkSettings(settings.name().strip(), blankToNull(settings.town()),
				blankToNull(settings.description()), settings.charter(), settings.memberIntroductionsAllowed(),
				settings.boardPublic(), settings.introductionExpiryDays(), settings.stalledAfterWeeks()));
		return network.toView();
	}

	static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
