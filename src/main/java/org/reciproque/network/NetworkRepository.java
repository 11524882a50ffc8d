package org.reciproque.network;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

	Optional<Network> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Network> findAllByOrderByNameAsc();

}
