package org.reciproque;

import java.time.LocalDate;
import java.util.UUID;

import org.reciproque.member.Accounts;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.member.NewMemberWithoutAccount;
import org.reciproque.network.NetworkView;
import org.reciproque.network.Networks;
import org.reciproque.network.NewNetwork;
import org.reciproque.platform.security.AccountPrincipal;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds the people and networks a test needs. Every name is unique, so that tests can
 * share one database (and run again on PostgreSQL) without stepping on each other.
 */
@TestComponent
public class TestFixtures {

	public static final String PASSWORD = "Quatre-mots-sans-rapport-42";

	private final Networks networks;

	private final Accounts accounts;

	private final Memberships memberships;

	TestFixtures(Networks networks, Accounts accounts, Memberships memberships) {
		this.networks = networks;
		this.accounts = accounts;
		this.memberships = memberships;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public NetworkView network() {
		return this.networks
			.create(new NewNetwork(unique("rers"), "Réseau de test", "Lyon", "Un réseau de test.", null));
	}

	public AccountPrincipal account() {
		return this.accounts.signUp(unique("personne") + "@example.org", PASSWORD);
	}

	public AccountPrincipal platformAdmin() {
		return this.accounts.createPlatformAdmin(unique("admin") + "@example.org", PASSWORD);
	}

	/**
	 * A new account that joined the network with the given role.
	 */
	public Person person(NetworkView network, NetworkRole role, String displayName) {
		AccountPrincipal account = account();
		MemberView member = this.memberships.join(network.slug(), account, displayName);
		if (role != NetworkRole.MEMBER) {
			member = this.memberships.changeRole(network.id(), member.id(), role);
		}
		return new Person(account, member);
	}

	public MemberView withoutAccount(NetworkView network, Person animator, String displayName, String email,
			String phone) {
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
		return this.memberships.recordWithoutAccount(scope, new NewMemberWithoutAccount(displayName, email, phone),
				LocalDate.now());
	}

	/**
	 * Signs a MockMvc request in as this account.
	 */
	public static RequestPostProcessor as(AccountPrincipal account) {
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(account, null, AuthorityUtils
				.createAuthorityList(account.getAuthorities().stream().map(Object::toString).toArray(String[]::new))));
	}

	/**
	 * An account and its membership in one network.
	 *
	 * @param account the account
	 * @param member the membership
	 */
	public record Person(AccountPrincipal account, MemberView member) {

		public RequestPostProcessor auth() {
			return as(this.account);
		}

	}

}
