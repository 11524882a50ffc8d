package org.reciproque.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findByNetworkIdOrderByPositionAscIdAsc(long networkId);

	Optional<Category> findByNetworkIdAndCode(long networkId, String code);

	List<Category> findByNetworkIdAndCodeIn(long networkId, Collection<String> codes);

	boolean existsByNetworkIdAndCode(long networkId, String code);

	int countByNetworkId(long networkId);

}
