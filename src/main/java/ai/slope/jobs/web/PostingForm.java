package ai.slope.jobs.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.PostingInput;
import ai.slope.jobs.PostingRules;
import ai.slope.jobs.ProgramLengthUnit;
import ai.slope.jobs.ProgramTerms;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.SkillTags;

/**
 * The posting form, bound by Spring: pay and days are {@code Integer}s and the choices enums (read by
 * {@code web.InputConverters}), so text where a number belongs lands in the {@code BindingResult} as a
 * {@code typeMismatch} beside its field and the page shows it again as typed. Bean Validation checks what is
 * required; the posting rules that look at several fields (pay range, plausible pay, country, apply link) are
 * {@link PostingFormValidator}'s. Skills are one comma-separated line; {@code version} is the version of the
 * posting the editor read (null for a new one).
 * <p>
 * The opening type says whether the program's fields count: for a job they are dropped, whatever was sent
 * ({@link PostingInput}); dates are ISO days ({@code <input type=date>}), one that cannot be read a
 * {@code typeMismatch} beside its field.
 */
public class PostingForm {

	private String roleType;

	@NotBlank
	private String title;

	@NotNull
	private Seniority seniority;

	@NotNull
	private EmploymentType employmentType = EmploymentType.FULL_TIME;

	@NotNull
	private RemotePolicy remotePolicy;

	private String city;

	private String country;

	private Integer salaryMin;

	private Integer salaryMax;

	private String salaryCurrency = "USD";

	@NotNull
	private SalaryPeriod salaryPeriod = SalaryPeriod.YEAR;

	private boolean visaSponsorship;

	private String skills;

	private String description;

	private String applyUrl;

	private Integer expiryDays = PostingRules.DEFAULT_EXPIRY_DAYS;

	@NotNull
	private OpeningType openingType = OpeningType.JOB;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate cohortStart;

	private Integer programLength;

	private ProgramLengthUnit programLengthUnit;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate applicationDeadline;

	private boolean mentoring;

	private boolean aiExperienceRequired = true;

	private String eligibility;

	private Long version;

	static PostingForm of(JobPosting posting) {
		PostingForm form = new PostingForm();
		form.roleType = posting.getRoleType().getSlug();
		form.title = posting.getTitle();
		form.seniority = posting.getSeniority();
		form.employmentType = posting.getEmploymentType();
		form.remotePolicy = posting.getRemotePolicy();
		form.city = posting.getCity();
		form.country = posting.getCountry();
		form.salaryMin = posting.getSalaryMin();
		form.salaryMax = posting.getSalaryMax();
		form.salaryCurrency = posting.getSalaryCurrency();
		form.salaryPeriod = posting.getSalaryPeriod();
		form.visaSponsorship = posting.isVisaSponsorship();
		form.skills = String.join(", ", posting.getSkills());
		form.description = posting.getDescription();
		form.applyUrl = posting.getApplyUrl();
		form.expiryDays = posting.getExpiryDays();
		form.openingType = posting.getOpeningType();
		ProgramTerms terms = posting.getProgramTerms();
		if (terms != null) {
			form.cohortStart = terms.cohortStart();
			form.programLength = terms.length();
			form.programLengthUnit = terms.lengthUnit();
			form.applicationDeadline = terms.applicationDeadline();
			form.mentoring = terms.mentoring();
			form.aiExperienceRequired = terms.aiExperienceRequired();
			form.eligibility = terms.eligibility();
		}
		form.version = posting.getVersion();
		return form;
	}

	/**
	 * What the services take.
	 */
	PostingInput toInput() {
		return new PostingInput(this.roleType, this.title, this.seniority, this.employmentType, this.remotePolicy,
				this.city, this.country, this.salaryMin, this.salaryMax, this.salaryCurrency, this.salaryPeriod,
				this.visaSponsorship, splitSkills(this.skills), this.description, this.applyUrl, this.expiryDays,
				this.openingType, new ProgramTerms(this.cohortStart, this.programLength, this.programLengthUnit,
						this.applicationDeadline, this.mentoring, this.aiExperienceRequired, this.eligibility));
	}

	/**
	 * Whether a field is one of a program's, which a job ignores.
	 */
	static boolean isProgramField(String field) {
		return PROGRAM_FIELDS.contains(field);
	}

	static final List<String> PROGRAM_FIELDS = List.of("cohortStart", "programLength", "programLengthUnit",
			"applicationDeadline", "mentoring", "aiExperienceRequired", "eligibility");

	/**
	 * The skills as tags, for showing them while the form is filled in.
	 */
	List<String> skillTags() {
		return splitSkills(this.skills);
	}

	static List<String> splitSkills(String skills) {
		return SkillTags.distinct(SkillTags.split(skills));
	}

	public String getRoleType() {
		return this.roleType;
	}

	public void setRoleType(String roleType) {
		this.roleType = roleType;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Seniority getSeniority() {
		return this.seniority;
	}

	public void setSeniority(Seniority seniority) {
		this.seniority = seniority;
	}

	public EmploymentType getEmploymentType() {
		return this.employmentType;
	}

	public void setEmploymentType(EmploymentType employmentType) {
		this.employmentType = employmentType;
	}

	public RemotePolicy getRemotePolicy() {
		return this.remotePolicy;
	}

	public void setRemotePolicy(RemotePolicy remotePolicy) {
		this.remotePolicy = remotePolicy;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public Integer getSalaryMin() {
		return this.salaryMin;
	}

	public void setSalaryMin(Integer salaryMin) {
		this.salaryMin = salaryMin;
	}

	public Integer getSalaryMax() {
		return this.salaryMax;
	}

	public void setSalaryMax(Integer salaryMax) {
		this.salaryMax = salaryMax;
	}

	public String getSalaryCurrency() {
		return this.salaryCurrency;
	}

	public void setSalaryCurrency(String salaryCurrency) {
		this.salaryCurrency = salaryCurrency;
	}

	public SalaryPeriod getSalaryPeriod() {
		return this.salaryPeriod;
	}

	public void setSalaryPeriod(SalaryPeriod salaryPeriod) {
		this.salaryPeriod = salaryPeriod;
	}

	public boolean isVisaSponsorship() {
		return this.visaSponsorship;
	}

	public void setVisaSponsorship(boolean visaSponsorship) {
		this.visaSponsorship = visaSponsorship;
	}

	public String getSkills() {
		return this.skills;
	}

	public void setSkills(String skills) {
		this.skills = skills;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getApplyUrl() {
		return this.applyUrl;
	}

	public void setApplyUrl(String applyUrl) {
		this.applyUrl = applyUrl;
	}

	public Integer getExpiryDays() {
		return this.expiryDays;
	}

	public void setExpiryDays(Integer expiryDays) {
		this.expiryDays = expiryDays;
	}

	public OpeningType getOpeningType() {
		return this.openingType;
	}

	public void setOpeningType(OpeningType openingType) {
		this.openingType = openingType;
	}

	public LocalDate getCohortStart() {
		return this.cohortStart;
	}

	public void setCohortStart(LocalDate cohortStart) {
		this.cohortStart = cohortStart;
	}

	public Integer getProgramLength() {
		return this.programLength;
	}

	public void setProgramLength(Integer programLength) {
		this.programLength = programLength;
	}

	public ProgramLengthUnit getProgramLengthUnit() {
		return this.programLengthUnit;
	}

	public void setProgramLengthUnit(ProgramLengthUnit programLengthUnit) {
		this.programLengthUnit = programLengthUnit;
	}

	public LocalDate getApplicationDeadline() {
		return this.applicationDeadline;
	}

	public void setApplicationDeadline(LocalDate applicationDeadline) {
		this.applicationDeadline = applicationDeadline;
	}

	public boolean isMentoring() {
		return this.mentoring;
	}

	public void setMentoring(boolean mentoring) {
		this.mentoring = mentoring;
	}

	public boolean isAiExperienceRequired() {
		return this.aiExperienceRequired;
	}

	public void setAiExperienceRequired(boolean aiExperienceRequired) {
		this.aiExperienceRequired = aiExperienceRequired;
	}

	public String getEligibility() {
		return this.eligibility;
	}

	public void setEligibility(String eligibility) {
		this.eligibility = eligibility;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
