package org.reciproque.matching;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reciproque.IntegrationTest;
import org.reciproque.TestFixtures;
import org.reciproque.TestFixtures.Person;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.member.ContactChannel;
import org.reciproque.member.MemberView;
import org.reciproque.member.Memberships;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy guarantee: crawling every page and API response a member can reach, no
 * other member's email or phone appears unless an accepted introduction links them and
 * that person chose that channel.
 */
@IntegrationTest
class PrivacyCrawlTests {

	private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+)\"");

	private static final int MAX_PAGES = 400;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestFixtures fixtures;

	@Autowired
	Knowledges knowledges;

	@Autowired
	Memberships memberships;

	@Autowired
	Introductions introductions;

	@Test
	void shouldShowContactDetailsOnlyThroughAcceptedIntroductionsOnTheChosenChannel() throws Exception {
		NetworkView network = this.fixtures.network();
		Person animator = this.fixtures.person(network, NetworkRole.ANIMATOR, "Nadia Animatrice");
		Person anne = this.fixtures.person(network, NetworkRole.MEMBER, "Anne Offrante");
		Person bruno = this.fixtures.person(network, NetworkRole.MEMBER, "Bruno Demandeur");
		Person chloe = this.fixtures.person(network, NetworkRole.MEMBER, "Chloé Curieuse");
		Map<Long, String[]> contacts = new LinkedHashMap<>();
		for (Person person : List.of(anne, bruno, chloe)) {
			String email = TestFixtures.unique("prive") + "@example.org";
			String phone = "06 " + (10 + contacts.size()) + " 20 30 40";
			MatchingFixtures.contactDetails(this.memberships, network, person, email, phone);
			contacts.put(person.member().id(), new String[] { email, phone });
		}
		MemberView denise = this.fixtures.withoutAccount(network, animator, "Denise Sans Compte",
				TestFixtures.unique("denise") + "@example.org", "06 99 20 30 40");
		contacts.put(denise.id(),
				new String[] { this.memberships.contact(network.id(), denise.id()).email(), "06 99 20 30 40" });

		NetworkScope scope = MatchingFixtures.animatorScope(network, animator);
		KnowledgeView tricot = MatchingFixtures.item(this.knowledges, scope, anne.member().id(), Direction.OFFER,
				"Tricot", "Points de base");
		KnowledgeView velo = MatchingFixtures.item(this.knowledges, scope, denise.id(), Direction.OFFER, "Vélo",
				"Réparer une crevaison");
		KnowledgeView brunoRequest = MatchingFixtures.item(this.knowledges, scope, bruno.member().id(),
				Direction.REQUEST, "Apprendre le tricot", null);
		KnowledgeView chloeRequest = MatchingFixtures.item(this.knowledges, scope, chloe.member().id(),
				Direction.REQUEST, "Tricoter un bonnet", null);
		KnowledgeView chloeVelo = MatchingFixtures.item(this.knowledges, scope, chloe.member().id(), Direction.REQUEST,
				"Réparer mon vélo", null);

		// Anne and Bruno: accepted, Anne by email, Bruno by phone.
		IntroductionView accepted = this.introductions.propose(scope,
				new ProposeIntroduction(tricot.id(), List.of(brunoRequest.id()), null));
		answer(network, anne, accepted.id(), ContactChannel.EMAIL);
		answer(network, bruno, accepted.id(), ContactChannel.PHONE);
		// Anne and Chloé: Chloé accepted by phone, Anne has not answered.
		IntroductionView pending = this.introductions.propose(scope,
				new ProposeIntroduction(tricot.id(), List.of(chloeRequest.id()), null));
		answer(network, chloe, pending.id(), ContactChannel.PHONE);
		// Denise and Chloé: Denise (recorded by the animator) declined.
		IntroductionView declined = this.introductions.propose(scope,
				new ProposeIntroduction(velo.id(), List.of(chloeVelo.id()), null));
		this.introductions.answer(scope, declined.id(),
				new ConsentAnswer(denise.id(), ConsentAnswer.Decision.DECLINE, null, RecordedHow.PHONE));

		// What each reader may see of the others: exactly the accepted introduction's
		// chosen channel.
		Map<Person, Set<String>> allowed = Map.of(anne, Set.of(contacts.get(bruno.member().id())[1]), bruno,
				Set.of(contacts.get(anne.member().id())[0]), chloe, Set.of());
		for (Person reader : List.of(anne, bruno, chloe)) {
			String seen = crawl(network, reader, List.of(accepted.id(), pending.id(), declined.id()));
			for (Map.Entry<Long, String[]> other : contacts.entrySet()) {
				if (other.getKey() == reader.member().id()) {
					continue;
				}
				for (String detail : other.getValue()) {
					if (allowed.get(reader).contains(detail)) {
						assertThat(seen).as("%s sees %s", reader.member().displayName(), detail).contains(detail);
					}
					else {
						assertThat(seen).as("%s must not see %s", reader.member().displayName(), detail)
							.doesNotContain(detail);
					}
				}
			}
		}
	}

	private void answer(NetworkView network, Person person, long introduction, ContactChannel channel) {
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), person.member().id(),
				NetworkRole.MEMBER);
		this.introductions.answer(scope, introduction,
				new ConsentAnswer(person.member().id(), ConsentAnswer.Decision.ACCEPT, channel, null));
	}

	/**
	 * Everything the reader reaches from the network's page by following links, plus the
	 * API resources about members, items and introductions.
	 */
	private String crawl(NetworkView network, Person reader, List<Long> introductionIds) throws Exception {
		String prefix = "/networks/" + network.slug();
		String api = "/api/v1/networks/" + network.slug();
		Deque<String> queue = new ArrayDeque<>(List.of(prefix, "/account", api + "/knowledge", api + "/introductions",
				api + "/categories", api + "/exchanges"));
		for (long id : introductionIds) {
			queue.add(prefix + "/introductions/" + id);
			queue.add(api + "/introductions/" + id);
		}
		for (MemberView member : this.memberships.activeMembers(network.id())) {
			queue.add(api + "/members/" + member.id());
			queue.add(prefix + "/members/" + member.id());
		}
		for (KnowledgeView item : this.knowledges.active(network.id())) {
			queue.add(api + "/knowledge/" + item.id() + "/suggestions");
		}
		Set<String> visited = new HashSet<>();
		StringBuilder seen = new StringBuilder();
		while (!queue.isEmpty() && visited.size() < MAX_PAGES) {
			String path = queue.poll();
			if (!visited.add(path)) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.get()
				.uri(path)
				.with(reader.auth())
				.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML)
				.exchange()
				.getResponse();
			String body = response.getContentAsString();
			seen.append(body).append('\n');
			Matcher links = LINK.matcher(body);
			while (links.find()) {
				String link = links.group(1).replace("&amp;", "&");
				if ((link.startsWith(prefix) || link.equals("/account")) && !link.contains("/logout")) {
					queue.add(link);
				}
			}
		}
		assertThat(visited.size()).as("pages crawled for %s", reader.member().displayName()).isGreaterThan(20);
		return seen.toString();
	}

}
