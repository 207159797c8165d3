package ai.slope.applications;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationResumeRepository extends JpaRepository<ApplicationResume, Long> {

	@Query("select r.fileName from ApplicationResume r where r.applicationId = :applicationId")
	Optional<String> findFileName(long applicationId);

}
