package ai.slope.candidates;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ResumeRepository extends JpaRepository<Resume, Long> {

	Optional<Resume> findByAccountId(long accountId);

	Optional<Resume> findByIdAndAccountId(long id, long accountId);

	/**
	 * What the profile page shows of a résumé, without reading its bytes.
	 */
	@Query("select new ai.slope.candidates.Resumes$ResumeInfo(r.id, r.fileName, r.sizeBytes, r.sha256, r.uploadedAt) "
			+ "from Resume r where r.accountId = :accountId")
	Optional<Resumes.ResumeInfo> findInfoByAccountId(long accountId);

	@Query("select r.accountId from Resume r where r.accountId in :accountIds")
	Set<Long> accountsWithResume(Collection<Long> accountIds);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from Resume r where r.accountId = :accountId")
	int deleteByAccount(long accountId);

}
