package ai.slope.applications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicantNoteRepository extends JpaRepository<ApplicantNote, Long> {

	List<ApplicantNote> findByApplicationIdOrderByCreatedAtAscIdAsc(long applicationId);

}
