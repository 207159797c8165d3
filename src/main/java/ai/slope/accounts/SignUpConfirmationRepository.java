package ai.slope.accounts;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SignUpConfirmationRepository extends JpaRepository<SignUpConfirmation, Long> {

	Optional<SignUpConfirmation> findByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from SignUpConfirmation c where c.tokenHash = :tokenHash")
	Optional<SignUpConfirmation> findByTokenHashForUpdate(@Param("tokenHash") String tokenHash);

	long countByEmailKeyAndCreatedAtAfter(String emailKey, Instant after);

	@Modifying
	@Query("delete from SignUpConfirmation c where c.expiresAt < :expiredBefore")
	void deleteExpiredBefore(@Param("expiredBefore") Instant expiredBefore);

	@Modifying
	@Query("delete from SignUpConfirmation c where c.emailKey = :emailKey or c.expiresAt < :expiredBefore")
	void deleteByEmailKeyOrExpiredBefore(@Param("emailKey") String emailKey,
			@Param("expiredBefore") Instant expiredBefore);

}
