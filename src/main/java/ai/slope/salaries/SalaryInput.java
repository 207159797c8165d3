package ai.slope.salaries;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.slope.web.Countries;
import ai.slope.web.InputProblem;

/**
 * The rules for the values of a salary report, the same for an import row, a seeker’s submission and an admin’s
 * edit. Each field is one of the aijobs.net columns; a value that breaks a rule gives a problem with the field and
 * a reason code (message {@code salaries.reason.<code>}).
 */
final class SalaryInput {

	static final int FIRST_YEAR = 2000;

	static final int MAX_TITLE_LENGTH = 200;

	/** More than any real yearly pay in any currency with a rate; keeps the US dollars within an int. */
	static final long MAX_AMOUNT = 1_000_000_000_000L;

	/** The columns of the aijobs.net format, in its order, and the form fields they fill. */
	static final Map<String, String> COLUMNS = new java.util.LinkedHashMap<>();

	static {
		COLUMNS.put("work_year", "year");
		COLUMNS.put("experience_level", "experienceLevel");
		COLUMNS.put("employment_type", "employmentType");
		COLUMNS.put("job_title", "jobTitle");
		COLUMNS.put("salary", "amount");
		COLUMNS.put("salary_currency", "currency");
		COLUMNS.put("employee_residence", "employeeResidence");
		COLUMNS.put("remote_ratio", "remoteRatio");
		COLUMNS.put("company_location", "companyLocation");
		COLUMNS.put("company_size", "companySize");
	}

	/** The column the index adds that Slope computes itself, from its own rates. */
	static final String USD_COLUMN = "salary_in_usd";

	static final Set<String> EMPLOYMENT_TYPES = Set.of("FT", "PT", "CT", "FL");

	static final Set<String> COMPANY_SIZES = Set.of("S", "M", "L");

	static final Set<Integer> REMOTE_RATIOS = Set.of(0, 50, 100);

	private SalaryInput() {
	}

	/**
	 * A reason a value was refused.
	 * @param field the form field
	 * @param reason the reason code
	 */
	record Problem(String field, String reason) {

		InputProblem toInputProblem(Clock clock) {
			return new InputProblem(this.field, "salaries.reason." + this.reason, arguments(clock));
		}

		/**
		 * The problem as the seeker's form says it: in words about the choice to make, where the import and the
		 * admin's edit name the codes of the aijobs.net columns (message {@code salaries.submit.error.<code>}).
		 */
		InputProblem toFormProblem(Clock clock) {
			return new InputProblem(this.field, "salaries.submit.error." + this.reason, arguments(clock));
		}

		private List<Object> arguments(Clock clock) {
			return "year".equals(this.reason)
					? List.of(String.valueOf(FIRST_YEAR), String.valueOf(lastYear(clock))) : List.of();
		}

	}

	/**
	 * The checked values, or the problems (never both).
	 */
	record Checked(SalaryValues values, List<Problem> problems) {

		boolean ok() {
			return this.values != null;
		}

	}

	static int lastYear(Clock clock) {
		return ExchangeRates.currentYear(clock) + 1;
	}

	/**
	 * The year, when it is a whole number from 2000 to next year; otherwise null.
	 */
	static Integer year(String value, Clock clock) {
		try {
			int year = Integer.parseInt(value.strip());
			return (year >= FIRST_YEAR && year <= lastYear(clock)) ? year : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * Checks the values by form field name; a missing value (null) is reported as a missing column.
	 */
	static Checked check(Map<String, String> byField, ExchangeRates rates, Countries countries, Clock clock) {
		List<Problem> problems = new ArrayList<>();
		for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
			if (byField.get(column.getValue()) == null) {
				problems.add(new Problem(column.getValue(), "missing-column"));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		Integer year = year(byField.get("year"), clock);
		if (year == null) {
			problems.add(new Problem("year", "year"));
		}
		ExperienceLevel level = ExperienceLevel.parse(upper(byField.get("experienceLevel")));
		if (level == null) {
			problems.add(new Problem("experienceLevel", "level"));
		}
		String employment = upper(byField.get("employmentType"));
		if (!EMPLOYMENT_TYPES.contains(employment)) {
			problems.add(new Problem("employmentType", "employment"));
		}
		String title = byField.get("jobTitle").strip().replaceAll("\\s+", " ");
		if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH) {
			problems.add(new Problem("jobTitle", "title"));
		}
		long amount = amount(byField.get("amount"));
		if (amount <= 0) {
			problems.add(new Problem("amount", "amount"));
		}
		String currency = upper(byField.get("currency"));
		if (!rates.supports(currency)) {
			problems.add(new Problem("currency", "currency"));
		}
		String residence = upper(byField.get("employeeResidence"));
		if (!countries.isKnown(residence)) {
			problems.add(new Problem("employeeResidence", "residence"));
		}
		Integer remote = remote(byField.get("remoteRatio"));
		if (remote == null) {
			problems.add(new Problem("remoteRatio", "remote"));
		}
		String location = upper(byField.get("companyLocation"));
		if (!countries.isKnown(location)) {
			problems.add(new Problem("companyLocation", "location"));
		}
		String size = upper(byField.get("companySize"));
		if (!COMPANY_SIZES.contains(size)) {
			problems.add(new Problem("companySize", "size"));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, problems);
		}
		return new Checked(new SalaryValues(year, level, employment, title, amount, currency, residence, remote,
				location, size), List.of());
	}

	/**
	 * A positive amount, rounded to a whole unit; 0 when the value is not a positive number or is absurdly large.
	 */
	private static long amount(String value) {
		try {
			BigDecimal amount = new BigDecimal(value.strip().replace("_", ""));
			if (amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
				return 0;
			}
			return amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	private static Integer remote(String value) {
		try {
			int ratio = Integer.parseInt(value.strip());
			return REMOTE_RATIOS.contains(ratio) ? ratio : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String upper(String value) {
		return value.strip().toUpperCase(Locale.ROOT);
	}

}
