package ai.slope.candidates;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CareerPositionRepository extends JpaRepository<CareerPosition, Long> {

	List<CareerPosition> findByAccountIdOrderByStartMonthDescIdDesc(long accountId);

	Optional<CareerPosition> findByIdAndAccountId(long id, long accountId);

	long countByAccountId(long accountId);

}
