package org.reciproque.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.knowledge.DayPart;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.Format;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.knowledge.Mode;
import org.reciproque.knowledge.Nature;
import org.reciproque.knowledge.Visibility;
import org.reciproque.member.Memberships;
import org.reciproque.member.NewMemberWithoutAccount;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Component;

/**
 * The demo network's board: what a neighbourhood network's wall looks like after a few
 * months, written the way members write.
 */
@Component
class DemoBoard {

	private static final Set<Format> ONE = EnumSet.of(Format.ONE_TO_ONE);

	private static final Set<Format> GROUP = EnumSet.of(Format.GROUP);

	private static final Set<Format> BOTH = EnumSet.of(Format.ONE_TO_ONE, Format.GROUP);

	private static final Set<Format> PRACTICE = EnumSet.of(Format.PRACTICE_SHARING, Format.TALKING_GROUP);

	private final Knowledges knowledges;

	private final Memberships memberships;

	DemoBoard(Knowledges knowledges, Memberships memberships) {
		this.knowledges = knowledges;
		this.memberships = memberships;
	}

	/**
	 * Writes the board; {@code people} names the members who already exist (by display
	 * name), the others are recorded by the animator as members without account.
	 */
	void write(NetworkScope animator, Map<String, Long> people, LocalDate today) {
		Map<String, Long> members = new HashMap<>(people);
		for (Item item : items()) {
			long memberId = members.computeIfAbsent(item.who(),
					(name) -> this.memberships
						.recordWithoutAccount(animator, new NewMemberWithoutAccount(name, null, null), today)
						.id());
			this.knowledges.create(animator, memberId,
					new KnowledgeCommand(item.direction(), item.title(), item.description(), List.of(item.category()),
							item.nature(), item.formats(), item.mode(), "Rennes", item.availability(), item.days(),
							EnumSet.noneOf(DayPart.class), item.visibility(), null));
		}
	}

	private static List<Item> items() {
		return List.of(offer("Nadia Benali", "Coudre un ourlet de pantalon",
				"À la machine ou à la main, je vous montre. Apportez votre pantalon !", "couture/retouches", ONE),
				offer("Nadia Benali", "Initiation à la machine à coudre",
						"Enfiler le fil, régler la tension, coudre droit. Petit groupe de 4.", "couture/coudre", GROUP),
				request("Nadia Benali", "Parler espagnol au quotidien",
						"J'ai des bases du lycée, je voudrais pouvoir discuter pendant les vacances.", "langues", ONE),
				offer("Julien Moreau", "Réparer une crevaison de vélo",
						"Démonter la roue, trouver le trou, poser la rustine. En 30 minutes vous saurez faire.",
						"bricolage/velo", BOTH),
				offer("Julien Moreau", "Régler ses freins et son dérailleur",
						"Pour que le vélo roule bien sans passer chez le réparateur.", "bricolage/velo", ONE),
				request("Julien Moreau", "Faire son pain au levain",
						"J'ai essayé seul, ça ne lève pas… Quelqu'un pour me montrer ?", "cuisine", ONE),
				offer("Fatou Diallo", "Cuisine sénégalaise : le thiéboudienne",
						"Le plat de chez moi, du marché jusqu'à la table. On cuisine ensemble et on partage.",
						"cuisine", GROUP),
				request("Fatou Diallo", "Envoyer des photos par mail avec mon téléphone",
						"Mes petits-enfants sont loin, je voudrais leur envoyer des photos.", "numerique/smartphone",
						ONE),
				request("Fatou Diallo", "Remplir les papiers de la CAF en ligne",
						"Je me perds dans le site, j'ai peur de me tromper.", "demarches", ONE),
				offer("Gérard Lemoine", "Jardiner sur un balcon",
						"Tomates, fraises, aromatiques en pots : trente ans de potager, je partage volontiers.",
						"jardinage", BOTH),
				offer("Gérard Lemoine", "Faire ses semis et ses boutures",
						"Au printemps, on prépare les plants ensemble au jardin partagé.", "jardinage", GROUP),
				request("Gérard Lemoine", "Utiliser une tablette",
						"On m'a offert une tablette, je ne sais même pas l'allumer correctement.", "numerique", ONE),
				offer("Amina Haddad", "Conversation en arabe",
						"Arabe dialectal marocain ou arabe standard, pour débutants.", "langues", BOTH),
				offer("Amina Haddad", "Aide aux devoirs de maths (collège)",
						"Fractions, équations, géométrie : j'explique avec patience.", "scolaire", ONE),
				request("Amina Haddad", "Préparer un entretien d'embauche",
						"J'ai un entretien bientôt et je stresse beaucoup. Des conseils et un entraînement ?", "emploi",
						ONE),
				offer("Marc Rivière", "Écrire un CV clair",
						"Ancien recruteur, je relis et on améliore votre CV ensemble.", "emploi", ONE),
				offer("Marc Rivière", "Les échecs pour débutants", "Les règles, les ouvertures simples, et on joue !",
						"jeux", GROUP),
				request("Marc Rivière", "Apprendre la guitare",
						"Quelques accords pour accompagner des chansons autour du feu.", "musique", ONE),
				offer("Sophie Bernard", "Tricot : les premières mailles",
						"Maille endroit, maille envers, et on commence une écharpe.", "couture/tricot-crochet", GROUP),
				offer("Sophie Bernard", "Faire ses produits ménagers maison",
						"Vinaigre, bicarbonate, savon noir : simple, pas cher et écologique.", "maison", GROUP),
				request("Sophie Bernard", "Comprendre sa facture d'électricité",
						"Je voudrais réduire mes dépenses d'énergie.", "budget", PRACTICE),
				offer("Youssef Amrani", "Dépanner son ordinateur",
						"Il rame, il ne démarre plus, un virus ? On regarde ensemble, sans jargon.",
						"numerique/ordinateur", ONE),
				offer("Youssef Amrani", "Créer une adresse mail et s'en servir",
						"Pour les démarches en ligne et garder le contact.", "numerique", ONE),
				request("Youssef Amrani", "Cuisiner végétarien sans se ruiner",
						"Des idées de repas simples pour la semaine.", "cuisine", GROUP),
				offer("Claire Fontaine", "Yoga doux et respiration",
						"Des postures simples pour le dos, accessibles à tous les corps.", "sante", GROUP),
				offer("Claire Fontaine", "Prendre la parole en public sans paniquer",
						"Respiration, préparation, petits exercices : j'ai été timide moi aussi.", "emploi", PRACTICE),
				request("Claire Fontaine", "Réparer une prise électrique",
						"Elle bouge dans le mur, je n'ose pas y toucher.", "bricolage/electricite", ONE),
				offer("Lucas Petit", "Montage vidéo sur le téléphone",
						"Couper, ajouter de la musique et des sous-titres avec une appli gratuite.", "photo-video",
						ONE),
				request("Lucas Petit", "Apprendre à coudre un bouton", "Oui, vraiment, je ne sais pas faire !",
						"couture/retouches", ONE),
				request("Lucas Petit", "Réviser le code de la route", "Je passe l'examen dans deux mois.", "mobilite",
						ONE),
				offer("Hélène Marchal", "Lire des histoires aux tout-petits",
						"Comment choisir un album, mettre le ton, captiver les enfants.", "parentalite", PRACTICE),
				request("Hélène Marchal", "Faire du vélo en ville en sécurité",
						"Je n'en ai pas fait depuis vingt ans et la circulation me fait peur.", "mobilite", ONE),
				offer("Odile Garnier", "Faire des confitures et des conserves",
						"Confitures, coulis, bocaux : on ne gaspille plus les fruits.", "cuisine", GROUP),
				request("Odile Garnier", "Parler anglais pour voyager",
						"Pour me débrouiller à l'aéroport et au restaurant.", "langues", GROUP),
				offer("Samir Haddad", "Atelier de percussions", "Djembé et rythmes, aucun besoin de savoir le solfège.",
						"musique", GROUP),
				request("Samir Haddad", "Monter une petite association",
						"Statuts, assemblée générale, compte bancaire : par où commencer ?", "citoyennete", PRACTICE),
				offer("Jeanne Roux", "Parler de son deuil", "Un groupe de parole bienveillant, une fois par mois.",
						"sante", EnumSet.of(Format.TALKING_GROUP)),
				request("Jeanne Roux", "Utiliser WhatsApp", "Pour les appels vidéo avec ma famille.",
						"numerique/smartphone", ONE));
	}

	private static Item offer(String who, String title, String description, String category, Set<Format> formats) {
		return new Item(who, Direction.OFFER, title, description, category, formats);
	}

	private static Item request(String who, String title, String description, String category, Set<Format> formats) {
		return new Item(who, Direction.REQUEST, title, description, category, formats);
	}

	/**
	 * One demo offer or request; mode, availability and visibility vary with the title so
	 * that the board shows every kind.
	 */
	private record Item(String who, Direction direction, String title, String description, String category,
			Set<Format> formats) {

		Mode mode() {
			return (this.title.length() % 5 == 0) ? Mode.BOTH
					: (this.title.length() % 7 == 0) ? Mode.REMOTE : Mode.IN_PERSON;
		}

		@Nullable Nature nature() {
			return (this.direction == Direction.OFFER) ? Nature.KNOW_HOW : null;
		}

		@Nullable String availability() {
			return (this.title.length() % 3 == 0) ? "En semaine après 17 h" : null;
		}

		Set<DayOfWeek> days() {
			return (this.title.length() % 2 == 0) ? EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY)
					: EnumSet.noneOf(DayOfWeek.class);
		}

		Visibility visibility() {
			return (this.title.length() % 4 == 0) ? Visibility.ALL_NETWORKS : Visibility.NETWORK;
		}

	}

}
