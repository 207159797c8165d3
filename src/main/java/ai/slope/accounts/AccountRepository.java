package ai.slope.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

	/**
	 * The account of an email whatever its case; {@code lower(email)} is what the unique index covers.
	 */
	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(@Param("email") String email);

	boolean existsByRole(Role role);

	List<Account> findByDemoTrueOrderById();

}
