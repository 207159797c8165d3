package ai.slope.candidates;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicationRepository extends JpaRepository<Publication, Long> {

	List<Publication> findByAccountIdOrderByYearDescCitationsDescIdAsc(long accountId);

	Optional<Publication> findByIdAndAccountId(long id, long accountId);

	long countByAccountId(long accountId);

	@Query("select p.citations from Publication p where p.accountId = :accountId")
	List<Integer> citationsOf(long accountId);

	/**
	 * The citations of each publication of those accounts, as (account id, citations) pairs.
	 */
	@Query("select p.accountId, p.citations from Publication p where p.accountId in :accountIds")
	List<Object[]> citationsOfAll(Collection<Long> accountIds);

}
