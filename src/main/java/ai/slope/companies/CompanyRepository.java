package ai.slope.companies;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, Long> {

	Optional<Company> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

	boolean existsByNameIgnoreCase(String name);

	Page<Company> findByNameContainingIgnoreCase(String name, Pageable pageable);

	Page<Company> findByVerifiedAndNameContainingIgnoreCase(boolean verified, String name, Pageable pageable);

	/**
	 * Sets the verification without counting as a change of the profile (a recruiter editing it meanwhile
	 * may still save); the answer is 0 when it was set already.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update Company c set c.verified = :verified where c.id = :id and c.verified <> :verified")
	int setVerified(long id, boolean verified);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query(value = "update company set logo_version = :logoVersion where id = :id", nativeQuery = true)
	int setLogoVersion(long id, String logoVersion);

}
