package ai.slope.salaries;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One salary report as stored: the aijobs.net columns, its role type (null until a rule maps its title), where it
 * came from (an import’s row, or a job seeker’s submission), and its review.
 *
 * @param amountUsd the yearly amount in whole US dollars, at the rate of its year
 * @param flag why it was flagged as an outlier, or null
 */
public record SalaryRecord(long id, int year, String roleType, boolean outOfScope, String jobTitle,
		ExperienceLevel experienceLevel, String employmentType, long amount, String currency, int amountUsd,
		String employeeResidence, String companyLocation, int remoteRatio, String companySize, Long importId,
		Integer importRow, Long submittedBy, SalaryStatus status, Flag flag, String reviewNote, Long reviewedBy,
		Instant reviewedAt, long version) {

	static final String COLUMNS = """
			id, year, role_type, out_of_scope, job_title, experience_level, employment_type, amount, currency,
			amount_usd, employee_residence, company_location, remote_ratio, company_size, import_id, import_row,
			submitted_by, status, flag_reason, review_note, reviewed_by, reviewed_at, version""";

	/**
	 * Why a record is an outlier: below the low fence (Q1 − 3·IQR) or above the high one (Q3 + 3·IQR) of its group.
	 * @param high whether above the high fence
	 * @param fence the fence it crossed, in US dollars
	 * @param records how many records the group had
	 */
	public record Flag(boolean high, BigDecimal fence, BigDecimal q1, BigDecimal q3, long records) {

		static Flag parse(String stored) {
			if (stored == null) {
				return null;
			}
			String[] parts = stored.split("\\|");
			return new Flag("HIGH".equals(parts[0]), new BigDecimal(parts[1]), new BigDecimal(parts[2]),
					new BigDecimal(parts[3]), Long.parseLong(parts[4]));
		}

	}

	public boolean isSubmission() {
		return this.submittedBy != null;
	}

	static SalaryRecord read(ResultSet rs, int n) throws SQLException {
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		long importId = rs.getLong("import_id");
		Long importIdOrNull = rs.wasNull() ? null : importId;
		int importRow = rs.getInt("import_row");
		Integer importRowOrNull = rs.wasNull() ? null : importRow;
		long submittedBy = rs.getLong("submitted_by");
		Long submittedByOrNull = rs.wasNull() ? null : submittedBy;
		long reviewedBy = rs.getLong("reviewed_by");
		Long reviewedByOrNull = rs.wasNull() ? null : reviewedBy;
		return new SalaryRecord(rs.getLong("id"), rs.getInt("year"), rs.getString("role_type"),
				rs.getBoolean("out_of_scope"), rs.getString("job_title"),
				ExperienceLevel.valueOf(rs.getString("experience_level")), rs.getString("employment_type"),
				rs.getLong("amount"), rs.getString("currency"), rs.getInt("amount_usd"),
				rs.getString("employee_residence"), rs.getString("company_location"), rs.getInt("remote_ratio"),
				rs.getString("company_size"), importIdOrNull, importRowOrNull, submittedByOrNull,
				SalaryStatus.valueOf(rs.getString("status")), Flag.parse(rs.getString("flag_reason")),
				rs.getString("review_note"), reviewedByOrNull, (reviewedAt != null) ? reviewedAt.toInstant() : null,
				rs.getLong("version"));
	}

	/**
	 * The values as the forms show them, by field name.
	 */
	public java.util.Map<String, String> fields() {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("year", Integer.toString(this.year));
		fields.put("experienceLevel", this.experienceLevel.name());
		fields.put("employmentType", this.employmentType);
		fields.put("jobTitle", this.jobTitle);
		fields.put("amount", Long.toString(this.amount));
		fields.put("currency", this.currency);
		fields.put("employeeResidence", this.employeeResidence);
		fields.put("remoteRatio", Integer.toString(this.remoteRatio));
		fields.put("companyLocation", this.companyLocation);
		fields.put("companySize", this.companySize);
		return fields;
	}

}
