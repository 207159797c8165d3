package ai.slope.companies;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface CompanyMemberRepository extends JpaRepository<CompanyMember, Long> {

	Optional<CompanyMember> findByAccountIdAndStatus(long accountId, CompanyMember.Status status);

	Optional<CompanyMember> findByCompanyIdAndAccountId(long companyId, long accountId);

	List<CompanyMember> findByCompanyIdAndStatusOrderByRequestedAt(long companyId, CompanyMember.Status status);

	Optional<CompanyMember> findByIdAndCompanyIdAndStatus(long id, long companyId, CompanyMember.Status status);

	/**
	 * The company's members of that status, locked until the transaction ends (in the order of their ids, so that two
	 * removals at once wait for each other rather than deadlock).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<CompanyMember> findByCompanyIdAndStatusOrderById(long companyId, CompanyMember.Status status);

}
