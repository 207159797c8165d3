package ai.slope.accounts;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);

	/**
	 * The token, locked until the transaction ends, so that two requests cannot both use it.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from PasswordResetToken t join fetch t.account where t.tokenHash = :hash")
	Optional<PasswordResetToken> findByTokenHashForUpdate(@Param("hash") String tokenHash);

	long countByAccountAndCreatedAtAfter(Account account, Instant since);

	/**
	 * Ends every token of the account that is still open: after a reset or a password change, an older
	 * mail must not work any more.
	 */
	@Modifying
	@Query("update PasswordResetToken t set t.usedAt = :now where t.account = :account and t.usedAt is null")
	int useAllOf(@Param("account") Account account, @Param("now") Instant now);

	@Modifying
	@Query("delete from PasswordResetToken t where t.expiresAt < :before")
	int deleteExpiredBefore(@Param("before") Instant before);

}
