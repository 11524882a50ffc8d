package org.reciproque.member;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.reciproque.network.Networks;
import org.reciproque.platform.security.NetworkMemberships;
import org.reciproque.platform.security.NetworkRole;
import org.reciproque.platform.security.NetworkScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the network guard who the caller is in a network. Platform administrators are
 * administrators everywhere, even where they are not members.
 */
@Component
class NetworkMembershipsAdapter implements NetworkMemberships {

	private final Networks networks;

	private final MemberRepository members;

	NetworkMembershipsAdapter(Networks networks, MemberRepository members) {
		this.networks = networks;
		this.members = members;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<NetworkScope> scope(String slug, @Nullable Long accountId, boolean platformAdmin) {
		return this.networks.findBySlug(slug).map((network) -> {
			Optional<Member> member = (accountId != null)
					? this.members.findByNetworkIdAndAccountIdAndStatus(network.id(), accountId, MemberStatus.ACTIVE)
					: Optional.empty();
			NetworkRole role = member.map(Member::getRole).orElse(null);
			if (platformAdmin) {
				role = NetworkRole.ADMIN;
			}
			return new NetworkScope(network.id(), network.slug(), network.name(),
					member.map(Member::getId).orElse(null), role);
		});
	}

}
