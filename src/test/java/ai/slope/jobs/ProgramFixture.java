package ai.slope.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.companies.Company;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

/**
 * Programs for tests, written as the demo data writes postings ({@link JobPosting#written}) with valid terms: a
 * deadline in the future and the cohort starting after it; published until the deadline closes.
 */
@Component
public class ProgramFixture {

	private final JobPostingRepository postings;

	private final RoleTaxonomy roles;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ProgramFixture(JobPostingRepository postings, RoleTaxonomy roles, TransactionTemplate transactions, Clock clock) {
		this.postings = postings;
		this.roles = roles;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Builder program(Company company, String roleSlug, String title, OpeningType type) {
		return new Builder(company, roleSlug, title, type);
	}

	/**
	 * A program with sensible defaults (a deadline 30 days away, mentoring, prior AI experience required); each
	 * setter overrides one.
	 */
	public final class Builder {

		private final Company company;

		private final String roleSlug;

		private final String title;

		private final OpeningType type;

		private int deadlineInDays = 30;

		private boolean mentoring = true;

		private boolean aiExperienceRequired = true;

		private RemotePolicy remote = RemotePolicy.HYBRID;

		private String country = "US";

		private int salaryMaxUsd = 90_000;

		private Duration publishedAgo = Duration.ofDays(1);

		private String eligibility = "Anyone with a degree in a quantitative field.";

		private Builder(Company company, String roleSlug, String title, OpeningType type) {
			this.company = company;
			this.roleSlug = roleSlug;
			this.title = title;
			this.type = type;
		}

		public Builder deadlineInDays(int days) {
			this.deadlineInDays = days;
			return this;
		}

		public Builder mentoring(boolean value) {
			this.mentoring = value;
			return this;
		}

		public Builder noAiExperienceNeeded() {
			this.aiExperienceRequired = false;
			return this;
		}

		public Builder location(RemotePolicy policy, String countryCode) {
			this.remote = policy;
			this.country = countryCode;
			return this;
		}

		public Builder payUpTo(int annualUsd) {
			this.salaryMaxUsd = annualUsd;
			return this;
		}

		public Builder publishedDaysAgo(int days) {
			this.publishedAgo = Duration.ofDays(days);
			return this;
		}

		public JobPosting save() {
			return ProgramFixture.this.transactions.execute(status -> {
				Instant now = ProgramFixture.this.clock.instant();
				LocalDate deadline = now.atOffset(ProgramTerms.ANYWHERE_ON_EARTH).toLocalDate()
					.plusDays(this.deadlineInDays);
				ProgramTerms terms = new ProgramTerms(deadline.plusDays(30), 6, ProgramLengthUnit.MONTHS, deadline,
						this.mentoring, this.aiExperienceRequired, this.eligibility);
				int min = this.salaryMaxUsd * 3 / 4;
				PostingInput input = new PostingInput(this.roleSlug, this.title, Seniority.ENTRY,
						(this.type == OpeningType.INTERNSHIP) ? EmploymentType.INTERNSHIP : EmploymentType.FULL_TIME,
						this.remote, "Springfield", this.country, min, this.salaryMaxUsd, "USD", SalaryPeriod.YEAR,
						false, List.of("Python"), "A paid program with a cohort.", null, 60, this.type, terms);
				JobPosting posting = JobPosting.written(this.company,
						ProgramFixture.this.roles.roleType(this.roleSlug).orElseThrow(), input, min, this.salaryMaxUsd,
						now);
				posting.publish(now.minus(this.publishedAgo), ProgramTerms.closingTime(deadline), now);
				return ProgramFixture.this.postings.save(posting);
			});
		}

	}

}
