package ai.slope.salaries.web.admin;

import ai.slope.salaries.SalaryRecord;
import ai.slope.salaries.web.SalaryForm;

/**
 * An admin’s edit of a salary record: its values, the note that says why, and the version of the record the admin
 * saw (a version that is not a number matches no record: the page says someone changed it).
 */
public class RecordForm extends SalaryForm {

	private String note;

	private Long version;

	static RecordForm of(SalaryRecord record) {
		RecordForm form = new RecordForm();
		form.setYear(record.year());
		form.setExperienceLevel(record.experienceLevel().name());
		form.setEmploymentType(record.employmentType());
		form.setJobTitle(record.jobTitle());
		form.setAmount(record.amount());
		form.setCurrency(record.currency());
		form.setEmployeeResidence(record.employeeResidence());
		form.setRemoteRatio(record.remoteRatio());
		form.setCompanyLocation(record.companyLocation());
		form.setCompanySize(record.companySize());
		form.setNote("");
		form.setVersion(record.version());
		return form;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
