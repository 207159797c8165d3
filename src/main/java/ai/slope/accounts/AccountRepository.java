package ai.slope.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

	/**
	 * Accounts whose email or display name contains the text (a null text, role or suspended flag matches
	 * any). The pattern comes from {@link #containing}, with LIKE's wildcards escaped.
	 */
	@Query("""
			select a from Account a
			where (:pattern is null or lower(a.email) like :pattern escape '\\'
			       or lower(a.displayName) like :pattern escape '\\')
			  and (:role is null or a.role = :role)
			  and (:suspended is null or a.suspended = :suspended)""")
	Page<Account> search(@Param("pattern") String pattern, @Param("role") Role role,
			@Param("suspended") Boolean suspended, Pageable pageable);

	long countByRole(Role role);

	long countBySuspendedTrue();

	static String containing(String text) {
		if (text == null) {
			return null;
		}
		String escaped = text.toLowerCase(java.util.Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
