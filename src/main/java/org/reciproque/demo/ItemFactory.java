package org.reciproque.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;
import org.reciproque.demo.GeneratedRows.Item;
import org.reciproque.demo.GeneratedRows.Member;
import org.reciproque.demo.GeneratorTexts.Topic;
import org.reciproque.knowledge.DayPart;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.Format;
import org.reciproque.knowledge.KnowledgeStatus;
import org.reciproque.knowledge.Mode;
import org.reciproque.knowledge.Nature;
import org.reciproque.knowledge.Visibility;

/**
 * Writes one offer or request the way members do: a title and a description built from
 * the texts of a sub-category, with the mix of formats, modes, towns and availability a
 * real network shows, and the occasional missing accent or typo.
 */
final class ItemFactory {

	/** Share of offers, in percent; the rest are requests. */
	static final int OFFER_PERCENT = 55;

	private static final Duration HISTORY = Duration.ofDays(730);

	private final GeneratorTexts texts;

	private final Instant now;

	private final int inactivePercent;

	ItemFactory(GeneratorTexts texts, Instant now, int inactivePercent) {
		this.texts = texts;
		this.now = now;
		this.inactivePercent = inactivePercent;
	}

	Item create(long id, Member author, Member animator, NetworkPlan network, RandomGenerator random) {
		Topic topic = this.texts.anyTopic(random);
		Direction direction = (random.nextInt(100) < OFFER_PERCENT) ? Direction.OFFER : Direction.REQUEST;
		Writing writing = new Writing(topic, direction, author, network, random);
		Availability availability = availability(random);
		Instant created = this.now.minus(Duration.ofMinutes(random.nextLong(HISTORY.toMinutes())));
		Instant updated = (random.nextInt(4) == 0)
				? min(created.plus(Duration.ofMinutes(random.nextLong(90L * 24 * 60))), this.now) : created;
		Long writtenBy = (author.id() == animator.id()) ? null : animator.id();
		return new Item(id, network.id(), author.id(), writtenBy, direction, writing.title(), writing.description(),
				categories(topic, random), nature(random), formats(random), mode(topic, random), town(network, random),
				availability.text(), availability.weekdays(), availability.dayParts(),
				(random.nextInt(100) < 30) ? Visibility.ALL_NETWORKS : Visibility.NETWORK, status(random), created,
				updated);
	}

	private static List<String> categories(Topic topic, RandomGenerator random) {
		int roll = random.nextInt(100);
		List<String> codes = new ArrayList<>(2);
		if (roll < 5) {
			// Some authors only pick the broad category.
			codes.add(topic.parentCode());
			return codes;
		}
		codes.add(topic.code());
		if (roll < 12 && !topic.related().isEmpty()) {
			codes.add(GeneratorTexts.pick(topic.related(), random));
		}
		else if (roll < 17 && !topic.parentCode().equals(topic.code())) {
			codes.add(topic.parentCode());
		}
		return codes;
	}

	private static @Nullable Nature nature(RandomGenerator random) {
		int roll = random.nextInt(100);
		if (roll < 35) {
			return null;
		}
		return (roll < 70) ? Nature.KNOW_HOW : (roll < 90) ? Nature.KNOWLEDGE : Nature.LIVED_EXPERIENCE;
	}

	private static Set<Format> formats(RandomGenerator random) {
		Set<Format> formats = EnumSet.noneOf(Format.class);
		if (random.nextInt(100) < 25) {
			return formats;
		}
		formats.add(oneFormat(random));
		if (random.nextInt(100) < 30) {
			formats.add(oneFormat(random));
		}
		return formats;
	}

	private static Format oneFormat(RandomGenerator random) {
		int roll = random.nextInt(100);
		return (roll < 55) ? Format.ONE_TO_ONE
				: (roll < 85) ? Format.GROUP : (roll < 95) ? Format.PRACTICE_SHARING : Format.TALKING_GROUP;
	}

	private static Mode mode(Topic topic, RandomGenerator random) {
		// Screens and languages travel well; cooking and repairs much less.
		boolean remoteFriendly = topic.code().startsWith("numerique") || topic.code().startsWith("langues")
				|| topic.code().startsWith("scolaire") || topic.code().startsWith("emploi");
		int roll = random.nextInt(100);
		if (remoteFriendly) {
			return (roll < 45) ? Mode.IN_PERSON : (roll < 80) ? Mode.BOTH : Mode.REMOTE;
		}
		return (roll < 70) ? Mode.IN_PERSON : (roll < 93) ? Mode.BOTH : Mode.REMOTE;
	}

	private static @Nullable String town(NetworkPlan network, RandomGenerator random) {
		int roll = random.nextInt(100);
		if (roll < 55) {
			return network.town();
		}
		return (roll < 65) ? network.town() + " – " + network.quartier() : null;
	}

	private Availability availability(RandomGenerator random) {
		int roll = random.nextInt(100);
		if (roll >= 70) {
			return (roll < 78) ? new Availability(null, EnumSet.of(DayOfWeek.of(1 + random.nextInt(7))),
					EnumSet.of(DayPart.values()[random.nextInt(DayPart.values().length)])) : Availability.NONE;
		}
		String[] entry = this.texts.any("disponibilites", random).split("\\s=\\s", 2);
		String text = entry[0].strip();
		if (roll < 20 || entry.length < 2) {
			// Written in words only: the author did not tick the boxes.
			return new Availability(text, EnumSet.noneOf(DayOfWeek.class), EnumSet.noneOf(DayPart.class));
		}
		String[] parts = entry[1].split("/", -1);
		return new Availability(text, Availability.parse(parts[0], DayOfWeek.class),
				Availability.parse((parts.length > 1) ? parts[1] : "", DayPart.class));
	}

	private KnowledgeStatus status(RandomGenerator random) {
		int roll = random.nextInt(100);
		if (roll >= this.inactivePercent) {
			return KnowledgeStatus.ACTIVE;
		}
		return (roll < this.inactivePercent * 6 / 10) ? KnowledgeStatus.PAUSED : KnowledgeStatus.ARCHIVED;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * The title and the description of one item, written in one go so that they speak of
	 * the same thing.
	 */
	private final class Writing {

		private final Topic topic;

		private final Direction direction;

		private final Member author;

		private final NetworkPlan network;

		private final RandomGenerator random;

		private final String skill;

		private final boolean careless;

		Writing(Topic topic, Direction direction, Member author, NetworkPlan network, RandomGenerator random) {
			this.topic = topic;
			this.direction = direction;
			this.author = author;
			this.network = network;
			this.random = random;
			this.skill = GeneratorTexts.pick(topic.skills(), random);
			// Some people type on a phone without accents, whatever they write.
			this.careless = random.nextInt(100) < 7;
		}

		String title() {
			boolean offer = this.direction == Direction.OFFER;
			String title = fill(ItemFactory.this.texts.any(offer ? "titre-offre" : "titre-demande", this.random));
			int roll = this.random.nextInt(100);
			if (roll < 3) {
				title = FrenchText.typo(title, this.random);
			}
			else if (roll < 6) {
				title = Character.toLowerCase(title.charAt(0)) + title.substring(1);
			}
			else if (roll < 7) {
				title = title.toUpperCase(java.util.Locale.FRENCH);
			}
			if (this.careless && this.random.nextBoolean()) {
				title = FrenchText.withoutAccents(title);
			}
			return (title.length() > 120) ? title.substring(0, 120).strip() : title;
		}

		@Nullable String description() {
			int shape = this.random.nextInt(100);
			if (shape < 12) {
				return null;
			}
			boolean offer = this.direction == Direction.OFFER;
			List<String> sentences = new ArrayList<>();
			sentences.add(ItemFactory.this.texts.any(offer ? "offre-debut" : "demande-debut", this.random));
			List<String> details = offer ? this.topic.offerDetails() : this.topic.requestDetails();
			int detailCount = (shape < 45) ? 1 : 2;
			for (int i = 0; i < detailCount && !details.isEmpty(); i++) {
				String detail = GeneratorTexts.pick(details, this.random);
				if (!sentences.contains(detail)) {
					sentences.add(detail);
				}
			}
			if (shape >= 30) {
				sentences.add(ItemFactory.this.texts.any("contexte", this.random));
			}
			if (shape >= 60) {
				sentences.add(ItemFactory.this.texts.any(offer ? "offre-contexte" : "demande-contexte", this.random));
			}
			if (shape >= 88) {
				sentences.add(ItemFactory.this.texts.any("contexte", this.random));
			}
			if (this.random.nextInt(100) < 35) {
				sentences.add(ItemFactory.this.texts.any("fin", this.random));
			}
			return imperfect(join(sentences));
		}

		private String join(List<String> sentences) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < sentences.size(); i++) {
				if (i > 0) {
					// Longer texts get paragraphs, as people write them in the form.
					text.append((i == 2 && sentences.size() > 4 && this.random.nextBoolean()) ? "\n\n" : " ");
				}
				text.append(FrenchText.capitalize(fill(sentences.get(i))));
			}
			return text.toString();
		}

		private String imperfect(String text) {
			String result = text;
			int roll = this.random.nextInt(100);
			if (roll < 14) {
				result = FrenchText.typo(result, this.random);
				if (roll < 4) {
					result = FrenchText.typo(result, this.random);
				}
			}
			if (this.careless) {
				result = FrenchText.withoutAccents(result);
			}
			return (result.length() > 4000) ? result.substring(0, 4000) : result;
		}

		private String fill(String template) {
			String text = FrenchText.variants(template, this.random)
				.replace("<savoir>", this.skill)
				.replace("<Savoir>", FrenchText.capitalize(this.skill))
				.replace("<ville>", this.network.town())
				.replace("<quartier>", this.network.quartier());
			if (text.contains("<Titre>")) {
				String title = FrenchText.variants(GeneratorTexts.pick(this.topic.titles(), this.random), this.random);
				// "Italien pour débutants" needs no "pour débutants" on top.
				text = (title.contains("débutant") && text.contains("débutant")) ? title
						: text.replace("<Titre>", title);
			}
			return FrenchText.elide(FrenchText.gender(text, this.author.woman()));
		}

	}

	/**
	 * Availability as the author gave it.
	 *
	 * @param text in words, if written
	 * @param weekdays ticked days
	 * @param dayParts ticked parts of the day
	 */
	record Availability(@Nullable String text, Set<DayOfWeek> weekdays, Set<DayPart> dayParts) {

		static final Availability NONE = new Availability(null, EnumSet.noneOf(DayOfWeek.class),
				EnumSet.noneOf(DayPart.class));

		static <E extends Enum<E>> Set<E> parse(String names, Class<E> type) {
			Set<E> values = EnumSet.noneOf(type);
			for (String name : names.split(",")) {
				if (!name.isBlank()) {
					values.add(Enum.valueOf(type, name.strip()));
				}
			}
			return values;
		}

	}

}
