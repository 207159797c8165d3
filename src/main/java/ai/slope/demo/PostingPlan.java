package ai.slope.demo;

import ai.slope.demo.Country.City;
import ai.slope.demo.PayRanges.Pay;
import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;

/**
 * What has been decided about a posting before its text is written.
 *
 * @param city where the posting is, or {@code null} for a remote role
 */
record PostingPlan(CompanyProfile company, RoleContent role, boolean chinese, String specialty, Seniority seniority,
		EmploymentType employmentType, RemotePolicy remotePolicy, Country country, City city, Pay pay,
		boolean visaSponsorship) {

	TextBlocks blocks() {
		return this.role.blocks(this.chinese);
	}

}
