package ai.slope.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.companies.Company;
import ai.slope.companies.CompanyRepository;
import ai.slope.companies.SizeBand;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;

/**
 * Builds companies and postings for tests through JPA, so that the search index follows as it does in
 * production. Each company gets a unique slug, so a test can scope its searches to its own postings.
 */
@Component
public class PostingFixture {

	private final CompanyRepository companies;

	private final JobPostingRepository postings;

	private final RoleTaxonomy roles;

	private final ExchangeRates rates;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PostingFixture(CompanyRepository companies, JobPostingRepository postings, RoleTaxonomy roles,
			ExchangeRates rates, TransactionTemplate transactions, Clock clock) {
		this.clock = clock;
		this.companies = companies;
		this.postings = postings;
		this.roles = roles;
		this.rates = rates;
		this.transactions = transactions;
	}

	/**
	 * Gives a saved posting another title, as an edit by its recruiter would (and so to the index).
	 */
	public void rename(JobPosting posting, String title) {
		this.transactions.executeWithoutResult(status -> this.postings.findById(posting.getId())
			.orElseThrow()
			.setTitle(title));
	}

	public Company company(String name) {
		String slug = Slugs.of(name) + "-" + UUID.randomUUID().toString().substring(0, 8);
		Company company = new Company(slug, name, "https://" + slug + ".example", "A company that " + name + " runs.",
				SizeBand.MEDIUM, "US", this.clock.instant());
		company.verify();
		return this.companies.save(company);
	}

	public Builder posting(Company company, String roleSlug, String title) {
		return new Builder(company, roleSlug, title);
	}

	/**
	 * A posting with sensible defaults; each setter overrides one.
	 */
	public final class Builder {

		private final Company company;

		private final String roleSlug;

		private final String title;

		private Seniority seniority = Seniority.SENIOR;

		private EmploymentType employmentType = EmploymentType.FULL_TIME;

		private RemotePolicy remote = RemotePolicy.HYBRID;

		private String city = "San Francisco";

		private String country = "US";

		private int salaryMin = 150_000;

		private int salaryMax = 200_000;

		private String currency = "USD";

		private SalaryPeriod period = SalaryPeriod.YEAR;

		private boolean visa;

		private List<String> skills = List.of("Python");

		private String description = "Join a small team that ships models to production.";

		private String applyUrl;

		private Duration publishedAgo = Duration.ofDays(1);

		private Duration expiresIn = Duration.ofDays(59);

		private boolean publish = true;

		private Builder(Company company, String roleSlug, String title) {
			this.company = company;
			this.roleSlug = roleSlug;
			this.title = title;
		}

		public Builder seniority(Seniority value) {
			this.seniority = value;
			return this;
		}

		public Builder employmentType(EmploymentType value) {
			this.employmentType = value;
			return this;
		}

		public Builder location(RemotePolicy policy, String cityName, String countryCode) {
			this.remote = policy;
			this.city = cityName;
			this.country = countryCode;
			return this;
		}

		public Builder salary(int min, int max, String currencyCode, SalaryPeriod salaryPeriod) {
			this.salaryMin = min;
			this.salaryMax = max;
			this.currency = currencyCode;
			this.period = salaryPeriod;
			return this;
		}

		public Builder visa() {
			this.visa = true;
			return this;
		}

		public Builder skills(String... values) {
			this.skills = List.of(values);
			return this;
		}

		public Builder description(String markdown) {
			this.description = markdown;
			return this;
		}

		public Builder applyUrl(String url) {
			this.applyUrl = url;
			return this;
		}

		public Builder publishedDaysAgo(int days) {
			this.publishedAgo = Duration.ofDays(days);
			return this;
		}

		public Builder publishedAgo(Duration ago) {
			this.publishedAgo = ago;
			return this;
		}

		public Builder expired() {
			this.publishedAgo = Duration.ofDays(70);
			this.expiresIn = Duration.ofDays(-10);
			return this;
		}

		public Builder draft() {
			this.publish = false;
			return this;
		}

		public JobPosting save() {
			return PostingFixture.this.transactions.execute(status -> {
				JobPosting posting = new JobPosting(this.company,
						PostingFixture.this.roles.roleType(this.roleSlug).orElseThrow(), this.title,
						PostingFixture.this.clock.instant());
				posting.setSeniority(this.seniority);
				posting.setEmploymentType(this.employmentType);
				posting.setLocation(this.remote, this.city, this.country);
				ExchangeRates rates = PostingFixture.this.rates;
				posting.setSalary(this.salaryMin, this.salaryMax, this.currency, this.period,
						AnnualPay.toAnnualUsd(rates, this.salaryMin, this.currency, this.period, this.employmentType),
						AnnualPay.toAnnualUsd(rates, this.salaryMax, this.currency, this.period, this.employmentType));
				posting.setVisaSponsorship(this.visa);
				posting.setSkills(this.skills);
				posting.setDescription(this.description);
				posting.setApplyUrl(this.applyUrl);
				if (this.publish) {
					Instant now = PostingFixture.this.clock.instant();
					posting.publish(now.minus(this.publishedAgo), now.plus(this.expiresIn), now);
				}
				return PostingFixture.this.postings.save(posting);
			});
		}

	}

}
