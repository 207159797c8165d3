package ai.slope.alerts;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedJobRepository extends JpaRepository<SavedJob, SavedJob.Key> {

	/**
	 * Saves once: a second save of the same posting (a double click, two tabs) changes nothing.
	 *
	 * @return 1 when saved now, 0 when it was saved already
	 */
	@Modifying
	@Query(value = """
			insert into saved_job (account_id, job_posting_id, saved_at) values (:accountId, :postingId, :now)
			on conflict do nothing""", nativeQuery = true)
	int insertIfAbsent(long accountId, long postingId, Instant now);

	@Modifying
	@Query("delete from SavedJob s where s.key.accountId = :accountId and s.key.jobPostingId = :postingId")
	int delete(long accountId, long postingId);

	@Query("select count(s) > 0 from SavedJob s where s.key.accountId = :accountId and s.key.jobPostingId = :postingId")
	boolean isSaved(long accountId, long postingId);

	@Query("select count(s) from SavedJob s where s.key.accountId = :accountId")
	long countOf(long accountId);

	@Query(value = "select s from SavedJob s where s.key.accountId = :accountId order by s.savedAt desc, s.key.jobPostingId desc",
			countQuery = "select count(s) from SavedJob s where s.key.accountId = :accountId")
	Page<SavedJob> findOf(long accountId, Pageable pageable);

}
