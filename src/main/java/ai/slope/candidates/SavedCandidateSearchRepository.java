package ai.slope.candidates;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavedCandidateSearchRepository extends JpaRepository<SavedCandidateSearch, Long> {

	List<SavedCandidateSearch> findByRecruiterIdOrderByNameAsc(long recruiterId);

	Optional<SavedCandidateSearch> findByIdAndRecruiterId(long id, long recruiterId);

	boolean existsByRecruiterIdAndName(long recruiterId, String name);

	long countByRecruiterId(long recruiterId);

}
