package ai.slope.candidates.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import ai.slope.candidates.AchievementKind;
import ai.slope.candidates.CandidateQuery;
import ai.slope.candidates.ProfileLinks;
import ai.slope.candidates.TopVenuePapers;
import ai.slope.candidates.VenueField;
import ai.slope.web.SkillTags;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.web.Countries;
import ai.slope.web.InputConverters;
import ai.slope.web.RequestValues;

/**
 * Checks a candidate search's parameters and turns them into a {@link CandidateQuery}. Each bad value gets its own
 * message; the query keeps the good ones, so the page can still show results beside the messages while the API
 * refuses the request.
 */
@Component
class CandidateSearchParameters {

	static final int MAX_KEYWORDS = 300;

	static final int MAX_SKILLS = 20;

	static final int MAX_BUDGET = 100_000_000;

	/** The links a search can ask for, by their URL value. */
	static final Map<String, ProfileLinks.Site> LINKS = Map.of("github", ProfileLinks.Site.GITHUB, "scholar",
			ProfileLinks.Site.SCHOLAR, "huggingface", ProfileLinks.Site.HUGGING_FACE, "aminer", ProfileLinks.Site.AMINER,
			"openreview", ProfileLinks.Site.OPENREVIEW, "orcid", ProfileLinks.Site.ORCID, "dblp", ProfileLinks.Site.DBLP,
			"semanticscholar", ProfileLinks.Site.SEMANTIC_SCHOLAR);

	private final RoleTaxonomy roles;

	private final Countries countries;

	private final Clock clock;

	CandidateSearchParameters(RoleTaxonomy roles, Countries countries, Clock clock) {
		this.roles = roles;
		this.countries = countries;
		this.clock = clock;
	}

	record Parsed(CandidateQuery query, List<FieldError> errors) {

		boolean hasErrors() {
			return !this.errors.isEmpty();
		}

	}

	Parsed parse(CandidateSearchForm form) {
		RequestValues values = new RequestValues("search");
		String keywords = form.getQ();
		if (keywords != null && keywords.strip().length() > MAX_KEYWORDS) {
			values.reject("q", "candidates.search.error.q.too-long", keywords.strip().length(), MAX_KEYWORDS);
			keywords = null;
		}
		List<String> must = skills("must", form.getMust(), values);
		List<String> nice = skills("nice", form.getNice(), values);
		Set<Long> roleTypeIds = values.values("role", form.getRole(),
				value -> this.roles.roleType(value).map(RoleType::getId).orElse(null), UNKNOWN);
		Set<Seniority> seniorities = values.values("seniority", form.getSeniority(),
				value -> InputConverters.enumValue(Seniority.class, value), UNKNOWN);
		Integer minYears = values.number("minYears", form.getMinYears(), 0, 60, NUMBER);
		Integer maxYears = values.number("maxYears", form.getMaxYears(), 0, 60, NUMBER);
		if (minYears != null && maxYears != null && minYears > maxYears) {
			values.reject("maxYears", "candidates.search.error.years.order", minYears, maxYears);
			maxYears = null;
		}
		Set<String> countryCodes = values.values("country", form.getCountry(), value -> {
			String code = value.toUpperCase(Locale.ROOT);
			return this.countries.isKnown(code) ? code : null;
		}, UNKNOWN);
		boolean remote = values.flag("remote", form.getRemote(), FLAG);
		boolean relocation = values.flag("relocation", form.getRelocation(), FLAG);
		Integer minPublications = values.number("minPublications", form.getMinPublications(), 0, 10_000, NUMBER);
		Integer minCitations = values.number("minCitations", form.getMinCitations(), 0, 10_000_000, NUMBER);
		Integer minHIndex = values.number("minHIndex", form.getMinHIndex(), 0, 1_000, NUMBER);
		Set<ProfileLinks.Site> links = values.values("link", form.getLink(),
				value -> LINKS.get(value.toLowerCase(Locale.ROOT)), UNKNOWN);
		Set<AchievementKind> achievementKinds = values.values("achievement", form.getAchievement(),
				value -> InputConverters.enumValue(AchievementKind.class, value), UNKNOWN);
		boolean maintainer = values.flag("maintainer", form.getMaintainer(), FLAG);
		Double minGrowth = growthRate(form.getMinGrowth(), values);
		TopVenuePapers.Criteria topVenuePapers = topVenuePapers(form, values);
		Integer budget = values.number("budget", form.getBudget(), 1, MAX_BUDGET, NUMBER);
		int page = values.page("page", form.getPage(), CandidateQuery.DEFAULT_SIZE, CandidateQuery.MAX_WINDOW, NUMBER,
				"candidates.search.error.page.too-deep");
		CandidateQuery query = new CandidateQuery(keywords, must, nice, roleTypeIds, seniorities, minYears, maxYears,
				countryCodes, remote, relocation, positive(minPublications), positive(minCitations),
				positive(minHIndex), links, budget, page, CandidateQuery.DEFAULT_SIZE, achievementKinds, maintainer,
				minGrowth, topVenuePapers);
		return new Parsed(query, values.errors());
	}

	private static final String UNKNOWN = "candidates.search.error.unknown";

	private static final String NUMBER = "candidates.search.error.number";

	private static final String FLAG = "candidates.search.error.flag";

	/** Levels a year, 0.1 to 10, with a point or a comma; null for none or a refused value. */
	private static Double growthRate(String raw, RequestValues values) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String text = raw.strip().replace(',', '.');
		if (text.length() <= 5 && text.matches("\\d{1,2}(\\.\\d)?")) {
			double rate = Double.parseDouble(text);
			if (rate >= 0.1 && rate <= 10) {
				return rate;
			}
		}
		values.reject("minGrowth", "candidates.search.error.growth", raw.strip());
		return null;
	}

	/**
	 * At least N top-venue papers (1 to 20), first-author only, since a year (1900 to this year), in a field; null
	 * when none of them is given. First-author, a year or a field alone ask for at least one such paper. A refused
	 * part leaves the others (a refused number: at least one).
	 */
	private TopVenuePapers.Criteria topVenuePapers(CandidateSearchForm form, RequestValues values) {
		Integer count = values.number("minTopVenuePapers", form.getMinTopVenuePapers(), 0, TopVenuePapers.MAX_COUNT,
				"candidates.search.error.top-venue-papers");
		boolean firstAuthor = values.flag("firstAuthor", form.getFirstAuthor(), FLAG);
		int thisYear = Year.now(this.clock).getValue();
		Integer since = values.number("papersSince", form.getPapersSince(), TopVenuePapers.MIN_SINCE, thisYear,
				"candidates.search.error.papers-since");
		VenueField field = values.choice("venueField", form.getVenueField(), VenueField.class, UNKNOWN);
		boolean asked = (count != null && count > 0) || firstAuthor || since != null || field != null;
		if (!asked) {
			return null;
		}
		return new TopVenuePapers.Criteria((count != null && count > 0) ? count : 1, firstAuthor, since, field);
	}

	private static Integer positive(Integer value) {
		return (value != null && value > 0) ? value : null;
	}

	private static List<String> skills(String field, String raw, RequestValues values) {
		if (raw == null || raw.isBlank()) {
			return List.of();
		}
		// as typed, one per tag (the search compares the tags; the explanations show the skills as written)
		List<String> skills = SkillTags.distinct(SkillTags.split(raw));
		if (skills.size() > MAX_SKILLS) {
			values.reject(field, "candidates.search.error.skills.too-many", skills.size(), MAX_SKILLS);
			return skills.subList(0, MAX_SKILLS);
		}
		return skills;
	}

}
