package ai.slope.jobs.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The search parameters as they arrive in the URL, before validation. Every field is text so that a bad
 * value gets a message of its own instead of a binding failure.
 */
public class JobSearchForm {

	@Schema(description = "Keywords, at most 200 characters: \"quoted phrase\", -exclusion, OR")
	private String q;

	@Schema(description = "Role type slug (see /api/v1/role-types); repeatable")
	private List<String> role = new ArrayList<>();

	@Schema(description = "intern, entry, mid, senior, staff, principal or director; repeatable")
	private List<String> seniority = new ArrayList<>();

	@Schema(description = "full-time, part-time, contract, internship or temporary; repeatable")
	private List<String> type = new ArrayList<>();

	@Schema(description = "onsite, hybrid or remote; repeatable")
	private List<String> remote = new ArrayList<>();

	@Schema(description = "ISO 3166-1 alpha-2 country code; repeatable")
	private List<String> country = new ArrayList<>();

	@Schema(description = "Minimum annual pay in US dollars that the top of a posting's range reaches")
	private String salary;

	@Schema(description = "true for postings that sponsor visas")
	private String visa;

	@Schema(description = "Posted within this many days, 1-365")
	private String days;

	@Schema(description = "job, internship, residency, fellowship or career-switch; repeatable")
	private List<String> openingType = new ArrayList<>();

	@Schema(description = "true for programs with one-to-one mentoring")
	private String mentoring;

	@Schema(description = "true for programs that need no prior AI/ML experience")
	private String noAiExperience;

	@Schema(description = "relevance (default with keywords), newest (default without), salary or deadline (the "
			+ "program whose applications close soonest first; the default of /programs)")
	private String sort;

	@Schema(description = "Page, from 1")
	private String page;

	@Schema(description = "Postings per page, 1-100; 20 by default")
	private String size;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public List<String> getRole() {
		return this.role;
	}

	public void setRole(List<String> role) {
		this.role = role;
	}

	public List<String> getSeniority() {
		return this.seniority;
	}

	public void setSeniority(List<String> seniority) {
		this.seniority = seniority;
	}

	public List<String> getType() {
		return this.type;
	}

	public void setType(List<String> type) {
		this.type = type;
	}

	public List<String> getRemote() {
		return this.remote;
	}

	public void setRemote(List<String> remote) {
		this.remote = remote;
	}

	public List<String> getCountry() {
		return this.country;
	}

	public void setCountry(List<String> country) {
		this.country = country;
	}

	public String getSalary() {
		return this.salary;
	}

	public void setSalary(String salary) {
		this.salary = salary;
	}

	public String getVisa() {
		return this.visa;
	}

	public void setVisa(String visa) {
		this.visa = visa;
	}

	public String getDays() {
		return this.days;
	}

	public void setDays(String days) {
		this.days = days;
	}

	public String getSort() {
		return this.sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public String getSize() {
		return this.size;
	}

	public void setSize(String size) {
		this.size = size;
	}

	public List<String> getOpeningType() {
		return this.openingType;
	}

	public void setOpeningType(List<String> openingType) {
		this.openingType = openingType;
	}

	public String getMentoring() {
		return this.mentoring;
	}

	public void setMentoring(String mentoring) {
		this.mentoring = mentoring;
	}

	public String getNoAiExperience() {
		return this.noAiExperience;
	}

	public void setNoAiExperience(String noAiExperience) {
		this.noAiExperience = noAiExperience;
	}

}
