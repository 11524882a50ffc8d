package org.reciproque.matching;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.reciproque.TestFixtures.Person;
import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.knowledge.Visibility;
import org.reciproque.member.ContactChannel;
import org.reciproque.member.Memberships;
import org.reciproque.member.ProfileForm;
import org.reciproque.network.NetworkView;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;

/**
 * Writes items and contact details for the matching tests.
 */
final class MatchingFixtures {

	private MatchingFixtures() {
	}

	static NetworkScope animatorScope(NetworkView network, Person animator) {
		return new NetworkScope(network.id(), network.slug(), network.name(), animator.member().id(),
				NetworkRole.ANIMATOR);
	}

	static KnowledgeView item(Knowledges knowledges, NetworkScope scope, long memberId, Direction direction,
			String title, @Nullable String description) {
		return item(knowledges, scope, memberId, direction, title, description, null);
	}

	static KnowledgeView item(Knowledges knowledges, NetworkScope scope, long memberId, Direction direction,
			String title, @Nullable String description, @Nullable Visibility visibility) {
		return knowledges.create(scope, memberId, new KnowledgeCommand(direction, title, description, List.of(), null,
				null, null, null, null, null, null, visibility, null));
	}

	/**
	 * Gives a member an email and a phone number.
	 */
	static void contactDetails(Memberships memberships, NetworkView network, Person person, String email,
			String phone) {
		memberships.updateProfile(network.id(), person.member().id(),
				new ProfileForm(String.valueOf(person.member().displayName()), null, email, phone,
						Set.of(ContactChannel.EMAIL, ContactChannel.PHONE)));
	}

}
