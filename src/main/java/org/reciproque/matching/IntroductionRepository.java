package org.reciproque.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IntroductionRepository extends JpaRepository<Introduction, Long> {

	Optional<Introduction> findByIdAndNetworkId(long id, long networkId);

	List<Introduction> findByNetworkIdOrderByCreatedAtDesc(long networkId);

	List<Introduction> findByNetworkIdAndStatusInOrderByCreatedAtDesc(long networkId,
			Collection<IntroductionStatus> statuses);

	@Query("select distinct i from Introduction i join i.parties p where p.memberId = ?1 order by i.createdAt desc")
	List<Introduction> findConcerning(long memberId);

	@Query("select i from Introduction i where i.status in ?1 and i.createdAt <= ?2")
	List<Introduction> findOpenSince(Collection<IntroductionStatus> statuses, Instant createdBefore);

}
