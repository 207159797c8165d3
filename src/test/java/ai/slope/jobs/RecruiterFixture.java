package ai.slope.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
import ai.slope.companies.CompanyRepository;
import ai.slope.companies.SizeBand;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;

/**
 * Recruiters who are active members of a company of their own (verified or not), and valid posting input.
 */
@Component
public class RecruiterFixture {

	private final Accounts accounts;

	private final CompanyRepository companies;

	private final CompanyMemberships memberships;

	private final Clock clock;

	RecruiterFixture(Accounts accounts, CompanyRepository companies, CompanyMemberships memberships, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.companies = companies;
		this.memberships = memberships;
	}

	public Recruiter recruiter(boolean verifiedCompany) {
		return recruiter(verifiedCompany, Locale.ENGLISH);
	}

	public Recruiter recruiter(boolean verifiedCompany, Locale language) {
		String slug = "co-" + UUID.randomUUID().toString().substring(0, 8);
		Company company = new Company(slug, "Company " + slug, "https://" + slug + ".example", "A company.",
				SizeBand.SMALL, "US", this.clock.instant());
		if (verifiedCompany) {
			company.verify();
		}
		company = this.companies.save(company);
		return new Recruiter(join(company, language), company);
	}

	/**
	 * Another recruiter of the same company.
	 */
	public Account join(Company company, Locale language) {
		Account account = AccountFixture.create(this.accounts, Role.RECRUITER, language);
		this.memberships.addActiveMember(company.getId(), account.getId(), null);
		return account;
	}

	public static PostingInput input(String title) {
		return input(title, 150_000, 200_000, "USD", SalaryPeriod.YEAR);
	}

	public static PostingInput input(String title, int min, int max, String currency, SalaryPeriod period) {
		return new PostingInput("ml-engineer", title, Seniority.SENIOR, EmploymentType.FULL_TIME, RemotePolicy.HYBRID,
				"Berlin", "DE", min, max, currency, period, true, List.of("PyTorch", "CUDA"),
				"## About\n\nShip models.", null, 60);
	}

	/**
	 * The fields of the posting form, filled in validly; pairs after {@code overrides} replace them.
	 */
	public static String[] form(String title, String... overrides) {
		List<String> pairs = new ArrayList<>(List.of("roleType", "ml-engineer", "title", title, "seniority", "SENIOR",
				"employmentType", "FULL_TIME", "remotePolicy", "HYBRID", "city", "Berlin", "country", "DE", "salaryMin",
				"90000", "salaryMax", "120000", "salaryCurrency", "EUR", "salaryPeriod", "YEAR", "visaSponsorship",
				"true", "skills", "PyTorch, CUDA", "description", "## About\n\nShip **models**.", "applyUrl", "",
				"expiryDays", "60"));
		for (int i = 0; i < overrides.length; i += 2) {
			int at = pairs.indexOf(overrides[i]);
			if (at >= 0 && at % 2 == 0) {
				pairs.set(at + 1, overrides[i + 1]);
			}
			else {
				pairs.add(overrides[i]);
				pairs.add(overrides[i + 1]);
			}
		}
		return pairs.toArray(String[]::new);
	}

	public record Recruiter(Account account, Company company) {

		public long id() {
			return this.account.getId();
		}

		public long companyId() {
			return this.company.getId();
		}

		public String email() {
			return this.account.getEmail();
		}

	}

}
