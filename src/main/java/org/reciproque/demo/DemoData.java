package org.reciproque.demo;

import java.time.LocalDate;

import org.reciproque.member.Accounts;
import org.reciproque.member.ContactChannel;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.member.NewMemberWithoutAccount;
import org.reciproque.member.ProfileForm;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.network.NewNetwork;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo networks into an empty database when {@code reciproque.demo.enabled} is
 * true (it is, for {@code ./mvnw spring-boot:run}).
 */
@Component
@Order(-10)
@ConditionalOnBooleanProperty("reciproque.demo.enabled")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String SLUG = "rers-tilleuls";

	static final String OTHER_SLUG = "savoirs-en-val";

	private final Networks networks;

	private final Accounts accounts;

	private final Memberships memberships;

	private final DemoBoard board;

	DemoData(Networks networks, Accounts accounts, Memberships memberships, DemoBoard board) {
		this.networks = networks;
		this.accounts = accounts;
		this.memberships = memberships;
		this.board = board;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.networks.directory().isEmpty()) {
			return;
		}
		NetworkView tilleuls = this.networks.create(new NewNetwork(SLUG, "Réseau des savoirs des Tilleuls",
				"Rennes — quartier des Tilleuls",
				"Un réseau de quartier ouvert à toutes et tous : chacun·e propose ce qu'il sait et demande ce qu'il "
						+ "aimerait apprendre. Permanence chaque mercredi de 14 h à 17 h à la maison de quartier.",
				null));
		NetworkView val = this.networks.create(new NewNetwork(OTHER_SLUG, "Savoirs en Val", "Val de Loire",
				"Réseau rural de huit villages : échanges de savoirs entre voisins, jardins partagés et veillées.",
				null));

		this.accounts.createPlatformAdmin(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
		AccountPrincipal animator = this.accounts.signUp(DemoAccounts.ANIMATOR, DemoAccounts.PASSWORD);
		AccountPrincipal member = this.accounts.signUp(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
		AccountPrincipal neighbour = this.accounts.signUp(DemoAccounts.OTHER_NETWORK_MEMBER, DemoAccounts.PASSWORD);

		MemberView nadia = this.memberships.join(SLUG, animator, "Nadia Benali");
		this.memberships.changeRole(tilleuls.id(), nadia.id(), NetworkRole.ADMIN);
		this.memberships.updateProfile(tilleuls.id(), nadia.id(), new ProfileForm("Nadia Benali",
				"Animatrice du réseau depuis 2019. J'aime la couture et j'apprends l'espagnol.", DemoAccounts.ANIMATOR,
				"06 12 34 56 78", EnumSet.of(ContactChannel.EMAIL, ContactChannel.PHONE, ContactChannel.ANIMATOR)));
		MemberView julien = this.memberships.join(SLUG, member, "Julien Moreau");
		this.memberships.updateProfile(tilleuls.id(), julien.id(),
				new ProfileForm("Julien Moreau", "Cycliste du quotidien, curieux de tout.", DemoAccounts.MEMBER, null,
						Set.of(ContactChannel.EMAIL, ContactChannel.DROP_IN)));
		this.memberships.join(OTHER_SLUG, neighbour, "Odile Garnier");

		NetworkScope asAnimator = new NetworkScope(tilleuls.id(), SLUG, tilleuls.name(), nadia.id(), NetworkRole.ADMIN);
		LocalDate today = LocalDate.now(tilleuls.zone());
		MemberView fatou = this.memberships.recordWithoutAccount(asAnimator,
				new NewMemberWithoutAccount("Fatou Diallo", null, "07 81 22 33 44"), today);
		MemberView gerard = this.memberships.recordWithoutAccount(asAnimator,
				new NewMemberWithoutAccount("Gérard Lemoine", null, null), today);
		MemberView amina = this.memberships.recordWithoutAccount(asAnimator,
				new NewMemberWithoutAccount("Amina Haddad", "amina.haddad@example.org", null), today);
		this.board.write(asAnimator, Map.of(nadia.displayName(), nadia.id(), julien.displayName(), julien.id(),
				fatou.displayName(), fatou.id(), gerard.displayName(), gerard.id(), amina.displayName(), amina.id()),
				today);
		log.info("Demo networks '{}' and '{}' loaded; accounts in README (password {})", SLUG, val.slug(),
				DemoAccounts.PASSWORD);
	}

}
