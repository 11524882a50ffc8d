package org.reciproque.member;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

	Optional<Member> findByNetworkIdAndAccountIdAndStatus(long networkId, long accountId, MemberStatus status);

	List<Member> findByAccountIdAndStatus(long accountId, MemberStatus status);

	List<Member> findByNetworkIdAndStatusOrderByDisplayNameAsc(long networkId, MemberStatus status);

	Optional<Member> findByIdAndNetworkId(long id, long networkId);

	long countByNetworkIdAndRoleAndStatus(long networkId, org.reciproque.platform.security.NetworkRole role,
			MemberStatus status);

}
