package ai.slope.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface JobAlertRepository extends JpaRepository<JobAlert, Long> {

	@Query(value = "select a from JobAlert a where a.accountId = :accountId order by a.createdAt desc, a.id desc",
			countQuery = "select count(a) from JobAlert a where a.accountId = :accountId")
	Page<JobAlert> findOf(long accountId, Pageable pageable);

	Optional<JobAlert> findByIdAndAccountId(long id, long accountId);

	/**
	 * The seeker's alert, locked until the transaction ends, so that a double click, the digest job or the mail's
	 * unsubscribe link changing it at the same time waits instead of failing.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from JobAlert a where a.id = :id and a.accountId = :accountId")
	Optional<JobAlert> lockOwned(long id, long accountId);

	long countByAccountId(long accountId);

	boolean existsByAccountIdAndQuery(long accountId, String query);

	/**
	 * The ids of the active alerts due on {@code today}, after {@code afterId}, in batches.
	 */
	@Query("select a.id from JobAlert a where a.active = true and a.dueOn <= :today and a.id > :afterId order by a.id")
	List<Long> findDueIds(LocalDate today, long afterId, Pageable pageable);

	/**
	 * The alert, locked until the transaction ends, so that two runs of the job never mail it twice.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from JobAlert a where a.id = :id")
	Optional<JobAlert> findAndLock(long id);

}
