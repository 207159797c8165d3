package ai.slope.applications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<Application, Long> {

	/**
	 * The seeker's application, locked until the transaction ends, so that a second withdrawal (a double click)
	 * or a recruiter's move waits for this one and then sees its stage.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Application a where a.id = :id and a.accountId = :accountId")
	Optional<Application> lockMine(long id, long accountId);

	@Query("select a.coverNote from Application a where a.id = :id and a.accountId = :accountId")
	Optional<String> findMyCoverNote(long id, long accountId);

	/**
	 * Makes the seeker's application to the posting unless they have one: at once, or when a concurrent one
	 * commits first, the unique constraint turns this insert into nothing.
	 * @return 1 when it was made, 0 when the seeker had applied already
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			insert into application (posting_id, account_id, cover_note, applied_at, stage_changed_at)
			values (:postingId, :accountId, :coverNote, :now, :now)
			on conflict (posting_id, account_id) do nothing""", nativeQuery = true)
	int insertOnce(long postingId, long accountId, String coverNote, Instant now);

	/**
	 * Makes the application a recruiter's invitation starts, at SOURCED with the candidate's contact details hidden,
	 * unless the candidate has one for the posting already (applied, or invited by someone else): as
	 * {@link #insertOnce}, a concurrent one that commits first turns this insert into nothing.
	 * @return 1 when it was made, 0 when there was one already
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			insert into application (posting_id, account_id, stage, contact_shared, invitation_note, invited_by,
			    cover_note, applied_at, stage_changed_at)
			values (:postingId, :accountId, 'SOURCED', false, :note, :recruiterId, '', :now, :now)
			on conflict (posting_id, account_id) do nothing""", nativeQuery = true)
	int insertSourced(long postingId, long accountId, long recruiterId, String note, Instant now);

	Optional<Application> findByPostingIdAndAccountId(long postingId, long accountId);

	/**
	 * The applications to move, locked until the move commits, so that two recruiters moving the same
	 * applicant one after the other each see the stage the other left.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Application a where a.id in :ids and a.postingId = :postingId order by a.id")
	List<Application> lockAll(Collection<Long> ids, long postingId);

	/**
	 * The seeker's applications, newest first, without the invitations waiting for their answer; the postings they
	 * went to are the jobs module's to tell ({@code PostingCards}).
	 */
	@Query("""
			select a from Application a
			where a.accountId = :accountId and a.stage <> ai.slope.applications.Stage.SOURCED
			order by a.appliedAt desc, a.id desc""")
	Page<Application> findMine(long accountId, Pageable pageable);

	/**
	 * The invitations waiting for the seeker's answer, newest first.
	 */
	@Query("""
			select a from Application a
			where a.accountId = :accountId and a.stage = ai.slope.applications.Stage.SOURCED
			order by a.appliedAt desc, a.id desc""")
	List<Application> findInvitations(long accountId, Pageable pageable);

	Optional<Application> findByIdAndAccountId(long id, long accountId);

	/**
	 * A page of a posting's applicants, oldest application first, of one stage or (null) all; their names and
	 * addresses are the accounts module's to tell.
	 */
	@Query(value = """
			select new ai.slope.applications.ApplicationRow(a.id, a.accountId, a.stage, a.appliedAt, a.stageChangedAt,
			    length(a.coverNote), a.contactShared)
			from Application a
			where a.postingId = :postingId and (:stage is null or a.stage = :stage)
			order by a.appliedAt, a.id""",
			countQuery = """
					select count(a) from Application a
					where a.postingId = :postingId and (:stage is null or a.stage = :stage)""")
	Page<ApplicationRow> findApplicants(long postingId, Stage stage, Pageable pageable);

	/**
	 * Every applicant of a posting, for the export, oldest first.
	 */
	@Query("""
			select new ai.slope.applications.ApplicationRow(a.id, a.accountId, a.stage, a.appliedAt, a.stageChangedAt,
			    length(a.coverNote), a.contactShared)
			from Application a
			where a.postingId = :postingId order by a.appliedAt, a.id""")
	List<ApplicationRow> findAllApplicants(long postingId);

	@Query("select a.id from Application a where a.postingId = :postingId and a.stage in :stages order by a.id")
	List<Long> findIdsInStages(long postingId, Collection<Stage> stages);

	@Query("select a.stage, count(a) from Application a where a.postingId = :postingId group by a.stage")
	List<Object[]> countByStage(long postingId);

	@Query("select a.id, a.coverNote from Application a where a.postingId = :postingId")
	List<Object[]> coverNotesOf(long postingId);

}
