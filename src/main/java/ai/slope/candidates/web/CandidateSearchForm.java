package ai.slope.candidates.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate search as the search page's URL (and the API's JSON body) carries it: every value as typed, checked
 * by {@link CandidateSearchParameters}. Lists repeat their parameter ({@code role=ml-engineer&role=data-engineer})
 * or, for skills, separate them with commas.
 */
public class CandidateSearchForm {

	private String q;

	private String must;

	private String nice;

	private List<String> role = new ArrayList<>();

	private List<String> seniority = new ArrayList<>();

	private String minYears;

	private String maxYears;

	private List<String> country = new ArrayList<>();

	private String remote;

	private String relocation;

	private String minPublications;

	private String minCitations;

	private String minHIndex;

	private List<String> link = new ArrayList<>();

	private List<String> achievement = new ArrayList<>();

	private String maintainer;

	private String minGrowth;

	private String minTopVenuePapers;

	private String firstAuthor;

	private String papersSince;

	private String venueField;

	private String budget;

	private String page;

	/**
	 * The search's query string without its page, in a fixed order: what a saved search keeps and page links
	 * repeat. Empty for a search of everyone.
	 */
	public String toQueryString() {
		StringBuilder query = new StringBuilder();
		add(query, "q", this.q);
		add(query, "must", this.must);
		add(query, "nice", this.nice);
		this.role.forEach(value -> add(query, "role", value));
		this.seniority.forEach(value -> add(query, "seniority", value));
		add(query, "minYears", this.minYears);
		add(query, "maxYears", this.maxYears);
		this.country.forEach(value -> add(query, "country", value));
		add(query, "remote", this.remote);
		add(query, "relocation", this.relocation);
		add(query, "minPublications", this.minPublications);
		add(query, "minCitations", this.minCitations);
		add(query, "minHIndex", this.minHIndex);
		this.link.forEach(value -> add(query, "link", value));
		this.achievement.forEach(value -> add(query, "achievement", value));
		add(query, "maintainer", this.maintainer);
		add(query, "minGrowth", this.minGrowth);
		add(query, "minTopVenuePapers", this.minTopVenuePapers);
		add(query, "firstAuthor", this.firstAuthor);
		add(query, "papersSince", this.papersSince);
		add(query, "venueField", this.venueField);
		add(query, "budget", this.budget);
		return query.toString();
	}

	private static void add(StringBuilder query, String name, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		query.append(query.isEmpty() ? "" : "&")
			.append(name)
			.append('=')
			.append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
	}

	public boolean isEmpty() {
		return toQueryString().isEmpty();
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getMust() {
		return this.must;
	}

	public void setMust(String must) {
		this.must = must;
	}

	public String getNice() {
		return this.nice;
	}

	public void setNice(String nice) {
		this.nice = nice;
	}

	public List<String> getRole() {
		return this.role;
	}

	public void setRole(List<String> role) {
		this.role = (role != null) ? role : new ArrayList<>();
	}

	public List<String> getSeniority() {
		return this.seniority;
	}

	public void setSeniority(List<String> seniority) {
		this.seniority = (seniority != null) ? seniority : new ArrayList<>();
	}

	public String getMinYears() {
		return this.minYears;
	}

	public void setMinYears(String minYears) {
		this.minYears = minYears;
	}

	public String getMaxYears() {
		return this.maxYears;
	}

	public void setMaxYears(String maxYears) {
		this.maxYears = maxYears;
	}

	public List<String> getCountry() {
		return this.country;
	}

	public void setCountry(List<String> country) {
		this.country = (country != null) ? country : new ArrayList<>();
	}

	public String getRemote() {
		return this.remote;
	}

	public void setRemote(String remote) {
		this.remote = remote;
	}

	public String getRelocation() {
		return this.relocation;
	}

	public void setRelocation(String relocation) {
		this.relocation = relocation;
	}

	public String getMinPublications() {
		return this.minPublications;
	}

	public void setMinPublications(String minPublications) {
		this.minPublications = minPublications;
	}

	public String getMinCitations() {
		return this.minCitations;
	}

	public void setMinCitations(String minCitations) {
		this.minCitations = minCitations;
	}

	public String getMinHIndex() {
		return this.minHIndex;
	}

	public void setMinHIndex(String minHIndex) {
		this.minHIndex = minHIndex;
	}

	/** Achievement kinds (IMO, KAGGLE, ...): only profiles with one of each. */
	public List<String> getAchievement() {
		return this.achievement;
	}

	public void setAchievement(List<String> achievement) {
		this.achievement = (achievement != null) ? achievement : new ArrayList<>();
	}

	/** true: only maintainers of an open-source repository. */
	public String getMaintainer() {
		return this.maintainer;
	}

	public void setMaintainer(String maintainer) {
		this.maintainer = maintainer;
	}

	/** The least levels climbed a year, such as 0.5. */
	public String getMinGrowth() {
		return this.minGrowth;
	}

	public void setMinGrowth(String minGrowth) {
		this.minGrowth = minGrowth;
	}

	/** At least this many papers at a top venue (1 to 20), as the next three narrow them. */
	public String getMinTopVenuePapers() {
		return this.minTopVenuePapers;
	}

	public void setMinTopVenuePapers(String minTopVenuePapers) {
		this.minTopVenuePapers = minTopVenuePapers;
	}

	/** true: only papers whose owner is the first author. */
	public String getFirstAuthor() {
		return this.firstAuthor;
	}

	public void setFirstAuthor(String firstAuthor) {
		this.firstAuthor = firstAuthor;
	}

	/** Only papers of this year or later. */
	public String getPapersSince() {
		return this.papersSince;
	}

	public void setPapersSince(String papersSince) {
		this.papersSince = papersSince;
	}

	/** Only papers at top venues of this field (ml, vision, language, ...). */
	public String getVenueField() {
		return this.venueField;
	}

	public void setVenueField(String venueField) {
		this.venueField = venueField;
	}

	public List<String> getLink() {
		return this.link;
	}

	public void setLink(List<String> link) {
		this.link = (link != null) ? link : new ArrayList<>();
	}

	public String getBudget() {
		return this.budget;
	}

	public void setBudget(String budget) {
		this.budget = budget;
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}


	/**
	 * The blind switch (docs/candidates.md, "Blind search"): {@code 1}, {@code true} or {@code on} shows each result
	 * as an alias without what identifies them. It does not change which profiles match or their order.
	 */
	public String getBlind() {
		return this.blind;
	}

	public void setBlind(String blind) {
		this.blind = blind;
	}

	public boolean isBlindOn() {
		return isOn(this.blind);
	}

	/** Whether a switch's value turns it on: {@code 1}, {@code true} or {@code on}, in any case. */
	static boolean isOn(String value) {
		return value != null && switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
			case "1", "true", "on" -> true;
			default -> false;
		};
	}

	/**
	 * {@link #toQueryString()} with {@code blind=1} when the blind switch is on: what the pages' links and a saved
	 * search keep.
	 */
	public String toLinkQuery() {
		String query = toQueryString();
		if (!isBlindOn()) {
			return query;
		}
		return query.isEmpty() ? "blind=1" : query + "&blind=1";
	}

	private String blind;

}
