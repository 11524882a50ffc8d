package org.reciproque.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reciproque.knowledge.Direction;
import org.reciproque.knowledge.KnowledgeCommand;
import org.reciproque.knowledge.KnowledgeView;
import org.reciproque.knowledge.Knowledges;
import org.reciproque.matching.internal.evaluation.Dataset;
import org.reciproque.matching.internal.evaluation.MatchingReport;
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
import org.springframework.stereotype.Component;

/**
 * Measures the real suggestion service on a labelled data set: loads its offers into a
 * fresh network (one member each, as the data set says), writes each request as a
 * member's request, asks {@link Suggestions} for it exactly as the pages and the API do,
 * and reports hit@1, hit@5, MRR, nDCG@10 and the false-suggestion rate next to the BM25
 * baselines.
 */
@Component
class DatasetEvaluation {

	static final String SYSTEM = "Réciproque (suggestions de l'application)";

	private final Networks networks;

	private final Accounts accounts;

	private final Memberships memberships;

	private final Knowledges knowledges;

	private final Suggestions suggestions;

	DatasetEvaluation(Networks networks, Accounts accounts, Memberships memberships, Knowledges knowledges,
			Suggestions suggestions) {
		this.networks = networks;
		this.accounts = accounts;
		this.memberships = memberships;
		this.knowledges = knowledges;
		this.suggestions = suggestions;
	}

	MatchingReport evaluate(Dataset data) {
		String key = UUID.randomUUID().toString().substring(0, 8);
		NetworkView network = this.networks
			.create(new NewNetwork("evaluation-" + key, "Évaluation " + data.name(), null, null, null));
		AccountPrincipal account = this.accounts.signUp("evaluation-" + key + "@reciproque.invalid",
				"Evaluation-" + UUID.randomUUID());
		MemberView animator = this.memberships.join(network.slug(), account, "Équipe d'évaluation");
		this.memberships.changeRole(network.id(), animator.id(), NetworkRole.ANIMATOR);
		NetworkScope scope = new NetworkScope(network.id(), network.slug(), network.name(), animator.id(),
				NetworkRole.ANIMATOR);
		Map<Long, String> offerIds = new HashMap<>();
		for (Dataset.Item offer : data.offers()) {
			offerIds.put(write(scope, "Offre " + offer.id(), Direction.OFFER, offer.title(), offer.description()).id(),
					offer.id());
		}
		int[] requests = { 0 };
		return MatchingReport.of(data, SYSTEM, (title, description) -> {
			KnowledgeView request = write(scope, "Demande " + (++requests[0]), Direction.REQUEST, title, description);
			List<String> found = this.suggestions.forItem(scope, request.id(), 10)
				.stream()
				.map((suggestion) -> offerIds.get(suggestion.id()))
				.filter((id) -> id != null)
				.toList();
			this.knowledges.delete(scope, request.id());
			return found;
		});
	}

	private KnowledgeView write(NetworkScope scope, String person, Direction direction, String title,
			String description) {
		MemberView member = this.memberships.recordWithoutAccount(scope,
				new NewMemberWithoutAccount(person, null, null), LocalDate.now());
		String shortTitle = (title.length() > 120) ? title.substring(0, 120) : title;
		String text = (description != null && description.length() > 4000) ? description.substring(0, 4000)
				: description;
		return this.knowledges.create(scope, member.id(), new KnowledgeCommand(direction, shortTitle, text, List.of(),
				null, null, null, null, null, null, null, null, null));
	}

}
