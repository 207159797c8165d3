package ai.slope.companies;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyMemberRepository extends JpaRepository<CompanyMember, Long> {

	Optional<CompanyMember> findByAccountIdAndStatus(long accountId, CompanyMember.Status status);

	Optional<CompanyMember> findByCompanyIdAndAccountId(long companyId, long accountId);

	List<CompanyMember> findByCompanyIdAndStatusOrderByRequestedAt(long companyId, CompanyMember.Status status);

	Optional<CompanyMember> findByIdAndCompanyIdAndStatus(long id, long companyId, CompanyMember.Status status);

}
