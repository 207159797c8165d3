package ai.slope.companies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which recruiters belong to which company. A recruiter is an active member of at most one company (a
 * unique index holds it); other modules ask here before they show or change a company's postings.
 */
@Service
public class CompanyMemberships {

	private final CompanyMemberRepository members;

	private final CompanyRepository companies;

	private final Clock clock;

	CompanyMemberships(CompanyMemberRepository members, CompanyRepository companies, Optional<Clock> clock) {
		this.members = members;
		this.companies = companies;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The company the account is an active member of, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Company> activeCompanyOf(long accountId) {
		return this.members.findByAccountIdAndStatus(accountId, CompanyMember.Status.ACTIVE)
			.flatMap(member -> this.companies.findById(member.getCompanyId()));
	}

	@Transactional(readOnly = true)
	public boolean isActiveMember(long accountId, long companyId) {
		return this.members.findByCompanyIdAndAccountId(companyId, accountId)
			.map(CompanyMember::isActive)
			.orElse(false);
	}

	/**
	 * The account ids of the company's active recruiters, earliest first.
	 */
	@Transactional(readOnly = true)
	public List<Long> activeMemberIds(long companyId) {
		return this.members.findByCompanyIdAndStatusOrderByRequestedAt(companyId, CompanyMember.Status.ACTIVE)
			.stream()
			.map(CompanyMember::getAccountId)
			.toList();
	}

	/**
	 * Makes the account an active member of the company at once: for the creator of a company, and for the
	 * demo data and tests. Join requests go through their own approval.
	 */
	@Transactional
	public void addActiveMember(long companyId, long accountId, Long decidedBy) {
		this.members.save(CompanyMember.active(companyId, accountId, decidedBy, this.clock.instant()));
	}

}
