package ai.slope.jobs;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JobPostingRepository extends JpaRepository<JobPosting, Long> {

	@EntityGraph(attributePaths = { "company", "roleType", "roleType.family" })
	@Query("select p from JobPosting p where p.id = :id")
	Optional<JobPosting> findWithCompanyAndRole(Long id);

	long countByStatus(JobStatus status);

}
