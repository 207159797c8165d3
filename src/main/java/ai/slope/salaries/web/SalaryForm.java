package ai.slope.salaries.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A salary report as a form gives it, the aijobs.net columns: a job seeker’s own salary, and an admin’s edit of a
 * record ({@code RecordForm}). The year, the amount and the remote ratio are numbers (an amount as people type it,
 * {@code 85,000}); a value that is not one lands in the binding result beside its field and the page shows it again
 * as typed. The codes (level, employment, currency, countries, size) are checked by the salaries module, whose rules
 * an import row meets too.
 */
public class SalaryForm {

	private Integer year;

	private String experienceLevel;

	private String employmentType;

	private String jobTitle;

	private Long amount;

	private String currency;

	private String employeeResidence;

	private Integer remoteRatio;

	private String companyLocation;

	private String companySize;

	static SalaryForm empty(int year, String country) {
		SalaryForm form = new SalaryForm();
		form.setYear(year);
		form.setExperienceLevel("");
		form.setEmploymentType("FT");
		form.setJobTitle("");
		form.setCurrency("USD");
		form.setEmployeeResidence(country);
		form.setRemoteRatio(0);
		form.setCompanyLocation(country);
		form.setCompanySize("M");
		return form;
	}

	/**
	 * The values by field name, as the salaries module reads them; a missing one is empty.
	 */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("year", text(this.year));
		fields.put("experienceLevel", text(this.experienceLevel));
		fields.put("employmentType", text(this.employmentType));
		fields.put("jobTitle", text(this.jobTitle));
		fields.put("amount", text(this.amount));
		fields.put("currency", text(this.currency));
		fields.put("employeeResidence", text(this.employeeResidence));
		fields.put("remoteRatio", text(this.remoteRatio));
		fields.put("companyLocation", text(this.companyLocation));
		fields.put("companySize", text(this.companySize));
		return fields;
	}

	private static String text(Object value) {
		return (value == null) ? "" : value.toString();
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public String getExperienceLevel() {
		return this.experienceLevel;
	}

	public void setExperienceLevel(String experienceLevel) {
		this.experienceLevel = experienceLevel;
	}

	public String getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(String employmentType) {
		this.employmentType = employmentType;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public Long getAmount() {
		return this.amount;
	}

	public void setAmount(Long amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getEmployeeResidence() {
		return this.employeeResidence;
	}

	public void setEmployeeResidence(String employeeResidence) {
		this.employeeResidence = employeeResidence;
	}

	public Integer getRemoteRatio() {
		return this.remoteRatio;
	}

	public void setRemoteRatio(Integer remoteRatio) {
		this.remoteRatio = remoteRatio;
	}

	public String getCompanyLocation() {
		return this.companyLocation;
	}

	public void setCompanyLocation(String companyLocation) {
		this.companyLocation = companyLocation;
	}

	public String getCompanySize() {
		return this.companySize;
	}

	public void setCompanySize(String companySize) {
		this.companySize = companySize;
	}

}
