package ai.slope.salaries;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.Countries;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Job seekers’ own salaries: the same fields as an import row, one per seeker, year and title. A submission
 * waits as PENDING until an admin approves it; only then does it count.
 */
@Service
public class SalarySubmissions {

	private final JdbcClient jdbc;

	private final ExchangeRates rates;

	private final Countries countries;

	private final TitleRules rules;

	private final Clock clock;

	SalarySubmissions(JdbcClient jdbc, ExchangeRates rates, Countries countries, TitleRules rules,
			Clock clock) {
		this.jdbc = jdbc;
		this.rates = rates;
		this.countries = countries;
		this.rules = rules;
		this.clock = clock;
	}

	/**
	 * What {@link #submit} would refuse in these values by the field rules alone, without storing anything (a
	 * form whose other fields could not even be read shows these beside them at once, rather than one submit
	 * later).
	 */
	public List<InputProblem> problems(Map<String, String> fields) {
		return SalaryInput.check(fields, this.rates, this.countries, this.clock).problems().stream()
			.map(problem -> problem.toFormProblem(this.clock))
			.toList();
	}

	/**
	 * Stores a seeker’s salary as PENDING.
	 * @param fields the values by field name ({@code year}, {@code experienceLevel}, {@code employmentType},
	 * {@code jobTitle}, {@code amount}, {@code currency}, {@code employeeResidence}, {@code remoteRatio},
	 * {@code companyLocation}, {@code companySize})
	 * @throws InvalidInputException when a value breaks a rule, or the seeker submitted that year and title
	 * already
	 */
	@Transactional
	public SalaryRecord submit(long seekerId, Map<String, String> fields) {
		SalaryInput.Checked checked = SalaryInput.check(fields, this.rates, this.countries, this.clock);
		List<InputProblem> problems = new ArrayList<>(
				checked.problems().stream().map(p -> p.toFormProblem(this.clock)).toList());
		int usd = 0;
		if (checked.ok()) {
			SalaryValues values = checked.values();
			usd = this.rates.yearlyToUsd(values.amount(), values.currency(), values.year());
			if (usd < 1) {
				problems.add(new InputProblem("amount", "salaries.submit.error.amount", List.of()));
			}
			else if (this.jdbc.sql("""
					select count(*) from salary_record
					where submitted_by = ? and year = ? and lower(btrim(job_title)) = lower(btrim(?))
					""").params(seekerId, values.year(), values.jobTitle()).query(Long.class).single() > 0) {
				problems.add(new InputProblem("jobTitle", "salaries.submit.error.twice",
						List.of(String.valueOf(values.year()), values.jobTitle())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		SalaryValues values = checked.values();
		TitleRules.Decision decision = this.rules.resolver().decide(values.jobTitle());
		long id;
		try {
			id = this.jdbc.sql("""
					insert into salary_record (year, role_type, out_of_scope, job_title, experience_level,
					  employment_type, amount, currency, amount_usd, employee_residence, company_location, remote_ratio,
					  company_size, submitted_by, status, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) returning id
					""").params(values.year(), decision.roleType(), decision.outOfScope(), values.jobTitle(),
					values.experienceLevel().name(), values.employmentType(), values.amount(), values.currency(), usd,
					values.employeeResidence(), values.companyLocation(), values.remoteRatio(), values.companySize(),
					seekerId, Timestamp.from(this.clock.instant())).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException(List.of(new InputProblem("jobTitle", "salaries.submit.error.twice",
					List.of(String.valueOf(values.year()), values.jobTitle()))));
		}
		return this.jdbc.sql("select " + SalaryRecord.COLUMNS + " from salary_record where id = ?")
			.param(id)
			.query(SalaryRecord::read)
			.single();
	}

	/**
	 * A seeker’s submissions, newest year first.
	 */
	@Transactional(readOnly = true)
	public List<SalaryRecord> mine(long seekerId) {
		return this.jdbc.sql("select " + SalaryRecord.COLUMNS
				+ " from salary_record where submitted_by = ? order by year desc, id desc")
			.param(seekerId)
			.query(SalaryRecord::read)
			.list();
	}

	/**
	 * The years a submission may name, newest first.
	 */
	public List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int year = SalaryInput.lastYear(this.clock) - 1; year >= SalaryInput.FIRST_YEAR; year--) {
			years.add(year);
		}
		return years;
	}

}
