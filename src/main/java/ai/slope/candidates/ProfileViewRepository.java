package ai.slope.candidates;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProfileViewRepository extends JpaRepository<ProfileView, Long> {

	/**
	 * Whether a recruiter of the company viewed the profile after {@code since}.
	 */
	boolean existsByCandidateIdAndCompanyIdAndViewedAtAfter(long candidateId, long companyId, Instant since);

	/**
	 * The views of a profile, newest first: the company's name and slug and the time.
	 */
	@Query(value = """
			select c.name, c.slug, v.viewed_at from candidate_profile_view v join company c on c.id = v.company_id
			where v.candidate_id = :candidateId order by v.viewed_at desc, v.id desc""",
			countQuery = "select count(*) from candidate_profile_view where candidate_id = :candidateId",
			nativeQuery = true)
	Page<Object[]> findViews(long candidateId, Pageable pageable);

}
