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
	 * The account of an email key ({@link EmailKey#of}), which the unique index covers.
	 */
	Optional<Account> findByEmailKey(String emailKey);

	@Query("select a.id from Account a where a.emailKey = :emailKey")
	Optional<Long> findIdByEmailKey(@Param("emailKey") String emailKey);

	boolean existsByRole(Role role);

	List<Account> findByDemoTrueOrderById();

	/**
	 * Accounts whose email key or display name contains the text (a null text, role or suspended flag matches
	 * any). The patterns come from {@link #containing}, with LIKE's wildcards escaped: one of the text's
	 * {@link EmailKey} for the email, one of the lower-cased text for the name.
	 */
	@Query("""
			select a from Account a
			where (:pattern is null or a.emailKey like :emailPattern escape '\\'
			       or lower(a.displayName) like :pattern escape '\\')
			  and (:role is null or a.role = :role)
			  and (:suspended is null or a.suspended = :suspended)""")
	Page<Account> search(@Param("pattern") String pattern, @Param("emailPattern") String emailPattern,
			@Param("role") Role role,
			@Param("suspended") Boolean suspended, Pageable pageable);

	long countByRole(Role role);

	long countBySuspendedTrue();

	static String containing(String text) {
		if (text == null) {
			return null;
		}
		String escaped = text.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
