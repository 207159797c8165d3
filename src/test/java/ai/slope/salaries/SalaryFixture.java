package ai.slope.salaries;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Salary data for tests: a clean slate (the tests of the salary data share one database), the committed slice of
 * the aijobs.net index, and records of hand-picked values.
 */
@Component
public class SalaryFixture {

	/** The first 3,000 rows of the aijobs.net index (2,635 distinct, so 365 rows repeat an earlier one). */
	public static final String SLICE = "salaries/aijobs-slice-3000.csv";

	private final JdbcTemplate jdbc;

	private final SalaryImports imports;

	private final TitleRules rules;

	private final SalaryStats stats;

	SalaryFixture(JdbcTemplate jdbc, SalaryImports imports, TitleRules rules, SalaryStats stats) {
		this.stats = stats;
		this.jdbc = jdbc;
		this.imports = imports;
		this.rules = rules;
	}

	/**
	 * Removes every salary record, import and title rule.
	 */
	public void clear() {
		this.jdbc.update("delete from salary_record");
		this.jdbc.update("delete from salary_import");
		this.jdbc.update("delete from title_rule");
		this.stats.forget();
	}

	public static byte[] slice() {
		try (InputStream in = new ClassPathResource(SLICE).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ImportReport importSlice() {
		return this.imports.importNow(null, "aijobs-slice-3000.csv", new ByteArrayInputStream(slice()));
	}

	public ImportReport importText(String fileName, String csv) {
		return this.imports.importNow(null, fileName, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

	public int addDefaultRules() {
		return this.rules.addDefaults(null);
	}

	/**
	 * An approved record of a role type, level and country, paid that many US dollars a year.
	 */
	public long record(String roleType, String level, String country, int year, int usd) {
		return record(roleType, level, country, year, usd, "APPROVED");
	}

	public long record(String roleType, String level, String country, int year, int usd, String status) {
		long importId = this.jdbc.queryForObject("""
				insert into salary_import (file_name, started_at, status) values ('fixture.csv', now(), 'DONE') returning id
				""", Long.class);
		this.stats.forget();
		return this.jdbc.queryForObject("""
				insert into salary_record (year, role_type, job_title, experience_level, employment_type, amount, currency,
				  amount_usd, employee_residence, company_location, remote_ratio, company_size, import_id, import_row,
				  status)
				values (?, ?, 'Fixture title', ?, 'FT', ?, 'USD', ?, ?, ?, 0, 'M', ?, 2, ?) returning id
				""", Long.class, year, roleType, level, usd, usd, country, country, importId, status);
	}

	public String status(long recordId) {
		return this.jdbc.queryForObject("select status from salary_record where id = ?", String.class, recordId);
	}

	public long count(String where, Object... args) {
		return this.jdbc.queryForObject("select count(*) from salary_record where " + where, Long.class, args);
	}

}
