package org.reciproque.member;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reciproque.network.Networks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the software holds about one member, as a JSON document the person can take
 * with them before leaving (GDPR right of access and portability).
 */
@Component
class MemberDataExport {

	private final Memberships memberships;

	private final Networks networks;

	private final AccountRepository accounts;

	private final List<MemberDataContributor> contributors;

	private final Clock clock;

	MemberDataExport(Memberships memberships, Networks networks, AccountRepository accounts,
			List<MemberDataContributor> contributors, Clock clock) {
		this.memberships = memberships;
		this.networks = networks;
		this.accounts = accounts;
		this.contributors = contributors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Map<String, Object> export(long networkId, long memberId) {
		Member member = this.memberships.active(networkId, memberId);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("exportedAt", this.clock.instant().toString());
		this.networks.findById(networkId)
			.ifPresent((network) -> document.put("network", Map.of("slug", network.slug(), "name", network.name())));
		if (member.getAccountId() != null) {
			this.accounts.findById(member.getAccountId())
				.ifPresent((account) -> document.put("account",
						Map.of("email", account.getEmail(), "createdAt", account.getCreatedAt().toString())));
		}
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", member.getId());
		profile.put("displayName", member.getDisplayName());
		profile.put("presentation", member.getPresentation());
		profile.put("email", member.getEmail());
		profile.put("phone", member.getPhone());
		profile.put("contactChannels", member.channels());
		profile.put("role", member.getRole());
		profile.put("joinedAt", member.getJoinedAt().toString());
		profile.put("charterAcceptedAt",
				(member.getCharterAcceptedAt() != null) ? member.getCharterAcceptedAt().toString() : null);
		profile.put("paperConsentOn",
				(member.getPaperConsentOn() != null) ? member.getPaperConsentOn().toString() : null);
		document.put("member", profile);
		for (MemberDataContributor contributor : this.contributors) {
			document.put(contributor.section(), contributor.export(memberId));
		}
		return document;
	}

}
