package ai.slope.candidates;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AchievementRepository extends JpaRepository<Achievement, Long> {

	List<Achievement> findByAccountIdOrderByYearDescIdDesc(long accountId);

	Optional<Achievement> findByIdAndAccountId(long id, long accountId);

	long countByAccountId(long accountId);

}
