package ai.slope.candidates;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpenSourceRepositoryRepository extends JpaRepository<OpenSourceRepository, Long> {

	List<OpenSourceRepository> findByAccountIdOrderByIdAsc(long accountId);

	Optional<OpenSourceRepository> findByIdAndAccountId(long id, long accountId);

	long countByAccountId(long accountId);

}
