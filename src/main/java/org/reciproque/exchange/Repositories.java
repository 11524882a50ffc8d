package org.reciproque.exchange;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExchangeRepository extends JpaRepository<Exchange, Long> {

	Optional<Exchange> findByIdAndNetworkId(long id, long networkId);

	Optional<Exchange> findByIntroductionId(long introductionId);

	@Query("select e.id from Exchange e where e.introductionId = :introductionId")
	Optional<Long> findIdByIntroductionId(@Param("introductionId") long introductionId);

	@Query("select distinct e from Exchange e join e.participants p where p.memberId = :memberId order by e.createdAt desc")
	List<Exchange> findByParticipant(@Param("memberId") long memberId);

	@Query("select e from Exchange e where e.networkId = :networkId order by e.createdAt desc")
	List<Exchange> findByNetwork(@Param("networkId") long networkId);

}

interface ExchangeTermsRepository extends JpaRepository<ExchangeTerms, Long> {

	List<ExchangeTerms> findByExchangeIdOrderByNumberAsc(long exchangeId);

	Optional<ExchangeTerms> findByExchangeIdAndNumber(long exchangeId, int number);

	List<ExchangeTerms> findByExchangeIdIn(Collection<Long> exchangeIds);

	@Modifying
	@Query("update ExchangeTerms t set t.writtenById = null where t.writtenById = :memberId")
	void forgetWriter(@Param("memberId") long memberId);

	@Modifying
	@Query("update ExchangeTerms t set t.forMemberId = null where t.forMemberId = :memberId")
	void forgetForMember(@Param("memberId") long memberId);

}

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByExchangeIdOrderByStartsAtAsc(long exchangeId);

	List<Meeting> findByExchangeIdInOrderByStartsAtAsc(Collection<Long> exchangeIds);

	Optional<Meeting> findByIdAndExchangeId(long id, long exchangeId);

	@Query("select m from Meeting m where m.held = false and m.reminderSentAt is null and m.startsAt > :from and m.startsAt <= :to")
	List<Meeting> findDueForReminder(@Param("from") Instant from, @Param("to") Instant to);

	/**
	 * Claims one meeting's reminder: only one caller (of several instances, or a run
	 * repeated) gets 1.
	 */
	@Modifying
	@Query("update Meeting m set m.reminderSentAt = :now where m.id = :id and m.reminderSentAt is null")
	int claimReminder(@Param("id") long id, @Param("now") Instant now);

	@Query("select m from Meeting m join m.attendees a where a = :memberId")
	List<Meeting> findAttendedBy(@Param("memberId") long memberId);

	@Modifying
	@Query("update Meeting m set m.recordedById = null where m.recordedById = :memberId")
	void forgetRecorder(@Param("memberId") long memberId);

}

interface DebriefRepository extends JpaRepository<Debrief, Long> {

	List<Debrief> findByExchangeIdOrderByWrittenAtAsc(long exchangeId);

	Optional<Debrief> findByIdAndExchangeId(long id, long exchangeId);

	boolean existsByExchangeIdAndMemberIdAndStage(long exchangeId, long memberId, DebriefStage stage);

	List<Debrief> findByMemberId(long memberId);

	@Modifying
	@Query("update Debrief d set d.writtenById = null where d.writtenById = :memberId")
	void forgetWriter(@Param("memberId") long memberId);

}

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

	Optional<CalendarFeed> findByMemberId(long memberId);

	Optional<CalendarFeed> findByToken(String token);

	void deleteByMemberId(long memberId);

}
