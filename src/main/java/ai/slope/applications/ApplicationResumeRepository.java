package ai.slope.applications;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationResumeRepository extends JpaRepository<ApplicationResume, Long> {

}
