package org.reciproque.knowledge;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeRepository extends JpaRepository<Knowledge, Long> {

	@EntityGraph(attributePaths = "categories")
	List<Knowledge> findByNetworkIdAndStatusOrderByCreatedAtDesc(long networkId, KnowledgeStatus status);

	@EntityGraph(attributePaths = "categories")
	List<Knowledge> findByMemberIdOrderByCreatedAtDesc(long memberId);

	@Query("select k from Knowledge k join k.categories c where c = ?1")
	List<Knowledge> findByCategory(Category category);

	List<Knowledge> findByMemberId(long memberId);

	List<Knowledge> findByStatusAndIdGreaterThanOrderByIdAsc(KnowledgeStatus status, long afterId, Limit limit);

	long countByStatus(KnowledgeStatus status);

}
