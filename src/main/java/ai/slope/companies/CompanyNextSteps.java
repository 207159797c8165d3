package ai.slope.companies;

import java.util.List;

import org.springframework.stereotype.Component;

import ai.slope.accounts.NextSteps;
import ai.slope.accounts.Role;

/**
 * A recruiter's first step, offered until they belong to a company: without one they cannot post.
 */
@Component
class CompanyNextSteps implements NextSteps {

	private final CompanyMemberships memberships;

	CompanyNextSteps(CompanyMemberships memberships) {
		this.memberships = memberships;
	}

	@Override
	public List<Step> stepsFor(long accountId, Role role) {
		if (role != Role.RECRUITER || this.memberships.activeCompanyOf(accountId).isPresent()) {
			return List.of();
		}
		return List.of(new Step("accounts.next.set-up-company", "/recruiter/company"));
	}

}
