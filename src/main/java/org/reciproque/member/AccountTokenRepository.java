package org.reciproque.member;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	@Modifying
	@Query("delete from AccountToken t where t.accountId = ?1")
	void deleteByAccountId(long accountId);

	@Modifying
	@Query("delete from AccountToken t where t.memberId = ?1")
	void deleteByMemberId(long memberId);

	@Modifying
	@Query("delete from AccountToken t where t.expiresAt < ?1")
	int deleteExpired(java.time.Instant now);

}
