package ai.slope.applications;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StageChangeRepository extends JpaRepository<StageChange, Long> {

	List<StageChange> findByApplicationIdOrderByChangedAtAscIdAsc(long applicationId);

}
