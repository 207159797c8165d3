package ai.slope.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface JobPostingRepository extends JpaRepository<JobPosting, Long>, JpaSpecificationExecutor<JobPosting> {

	@EntityGraph(attributePaths = { "company", "roleType", "roleType.family" })
	@Query("select p from JobPosting p where p.id = :id")
	Optional<JobPosting> findWithCompanyAndRole(Long id);

	long countByStatus(JobStatus status);

	@Override
	@EntityGraph(attributePaths = { "company", "roleType" })
	Page<JobPosting> findAll(Specification<JobPosting> spec, Pageable pageable);

	/**
	 * Adds views of the public page ({@link PostingViews}) in one statement: no read, no version change, no lost
	 * counts.
	 */
	@Transactional
	@Modifying
	@Query("update JobPosting p set p.viewCount = p.viewCount + :views where p.id = :id")
	int addViews(long id, long views);

	@EntityGraph(attributePaths = { "company", "roleType" })
	@Query(value = "select p from JobPosting p where p.status = ai.slope.jobs.JobStatus.PENDING_REVIEW order by p.submittedAt asc, p.id asc",
			countQuery = "select count(p) from JobPosting p where p.status = ai.slope.jobs.JobStatus.PENDING_REVIEW")
	Page<JobPosting> findPendingReview(Pageable pageable);

	@Query("select p.id from JobPosting p where p.status = ai.slope.jobs.JobStatus.PUBLISHED and p.expiresAt <= :now order by p.id")
	List<Long> findOverdueIds(Instant now, Pageable pageable);

	@Query("""
			select p.id from JobPosting p where p.status = ai.slope.jobs.JobStatus.PUBLISHED and p.reminderSentAt is null
			and p.expiresAt > :now and p.expiresAt <= :until order by p.id""")
	List<Long> findExpiringWithoutReminder(Instant now, Instant until);

	/**
	 * The postings whose pay is quoted in a currency, whatever their status (for converting them again when its
	 * rate changes).
	 */
	List<JobPosting> findBySalaryCurrency(String salaryCurrency);

}
