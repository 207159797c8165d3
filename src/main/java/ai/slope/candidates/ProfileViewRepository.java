package ai.slope.candidates;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProfileViewRepository extends JpaRepository<ProfileView, Long> {

	/**
	 * Whether a recruiter of the company viewed the profile after {@code since}.
	 */
	boolean existsByCandidateIdAndCompanyIdAndViewedAtAfter(long candidateId, long companyId, Instant since);

	/**
	 * The views of a profile, newest first; the companies' names are the companies module's to tell.
	 */
	Page<ProfileView> findByCandidateIdOrderByViewedAtDescIdDesc(long candidateId, Pageable pageable);

}
