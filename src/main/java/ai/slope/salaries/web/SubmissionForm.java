package ai.slope.salaries.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job seeker’s own salary as the form gives it: the aijobs.net columns.
 */
record SubmissionForm(String year, String experienceLevel, String employmentType, String jobTitle, String amount,
		String currency, String employeeResidence, String remoteRatio, String companyLocation, String companySize) {

	static SubmissionForm empty(int year, String country) {
		return new SubmissionForm(Integer.toString(year), "", "FT", "", "", "USD", country, "0", country, "M");
	}

	Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", nullToEmpty(this.year));
		fields.put("experienceLevel", nullToEmpty(this.experienceLevel));
		fields.put("employmentType", nullToEmpty(this.employmentType));
		fields.put("jobTitle", nullToEmpty(this.jobTitle));
		fields.put("amount", nullToEmpty(this.amount).replace(",", ""));
		fields.put("currency", nullToEmpty(this.currency));
		fields.put("employeeResidence", nullToEmpty(this.employeeResidence));
		fields.put("remoteRatio", nullToEmpty(this.remoteRatio));
		fields.put("companyLocation", nullToEmpty(this.companyLocation));
		fields.put("companySize", nullToEmpty(this.companySize));
		return fields;
	}

	private static String nullToEmpty(String value) {
		return (value == null) ? "" : value;
	}

	public String getYear() {
		return this.year;
	}

	public String getExperienceLevel() {
		return this.experienceLevel;
	}

	public String getEmploymentType() {
		return this.employmentType;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public String getAmount() {
		return this.amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public String getEmployeeResidence() {
		return this.employeeResidence;
	}

	public String getRemoteRatio() {
		return this.remoteRatio;
	}

	public String getCompanyLocation() {
		return this.companyLocation;
	}

	public String getCompanySize() {
		return this.companySize;
	}

}
