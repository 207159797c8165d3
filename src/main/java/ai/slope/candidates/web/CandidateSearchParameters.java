package ai.slope.candidates.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import ai.slope.candidates.CandidateQuery;
import ai.slope.candidates.ProfileLinks;
import ai.slope.web.SkillTags;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.web.Countries;

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
			ProfileLinks.Site.SCHOLAR, "huggingface", ProfileLinks.Site.HUGGING_FACE);

	private final RoleTaxonomy roles;

	private final Countries countries;

	CandidateSearchParameters(RoleTaxonomy roles, Countries countries) {
		this.roles = roles;
		this.countries = countries;
	}

	record Parsed(CandidateQuery query, List<FieldError> errors) {

		boolean hasErrors() {
			return !this.errors.isEmpty();
		}

	}

	Parsed parse(CandidateSearchForm form) {
		List<FieldError> errors = new ArrayList<>();
		String keywords = form.getQ();
		if (keywords != null && keywords.strip().length() > MAX_KEYWORDS) {
			errors.add(error("q", "candidates.search.error.q.too-long", keywords.strip().length(), MAX_KEYWORDS));
			keywords = null;
		}
		List<String> must = skills("must", form.getMust(), errors);
		List<String> nice = skills("nice", form.getNice(), errors);
		Set<Long> roleTypeIds = values("role", form.getRole(),
				value -> this.roles.roleType(value).map(RoleType::getId).orElse(null), errors);
		Set<Seniority> seniorities = values("seniority", form.getSeniority(), value -> {
			try {
				return Seniority.valueOf(value.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}, errors);
		Integer minYears = number("minYears", form.getMinYears(), 0, 60, errors);
		Integer maxYears = number("maxYears", form.getMaxYears(), 0, 60, errors);
		if (minYears != null && maxYears != null && minYears > maxYears) {
			errors.add(error("maxYears", "candidates.search.error.years.order", minYears, maxYears));
			maxYears = null;
		}
		Set<String> countryCodes = values("country", form.getCountry(), value -> {
			String code = value.toUpperCase(Locale.ROOT);
			return this.countries.isKnown(code) ? code : null;
		}, errors);
		boolean remote = flag("remote", form.getRemote(), errors);
		boolean relocation = flag("relocation", form.getRelocation(), errors);
		Integer minPublications = number("minPublications", form.getMinPublications(), 0, 10_000, errors);
		Integer minCitations = number("minCitations", form.getMinCitations(), 0, 10_000_000, errors);
		Integer minHIndex = number("minHIndex", form.getMinHIndex(), 0, 1_000, errors);
		Set<ProfileLinks.Site> links = values("link", form.getLink(),
				value -> LINKS.get(value.toLowerCase(Locale.ROOT)), errors);
		Integer budget = number("budget", form.getBudget(), 1, MAX_BUDGET, errors);
		int page = 1;
		if (form.getPage() != null && !form.getPage().isBlank()) {
			Integer asked = number("page", form.getPage(), 1, Integer.MAX_VALUE, errors);
			page = (asked != null) ? asked : 1;
			if ((long) page * CandidateQuery.DEFAULT_SIZE > CandidateQuery.MAX_WINDOW) {
				errors.add(error("page", "candidates.search.error.page.too-deep", CandidateQuery.MAX_WINDOW));
				page = 1;
			}
		}
		CandidateQuery query = new CandidateQuery(keywords, must, nice, roleTypeIds, seniorities, minYears, maxYears,
				countryCodes, remote, relocation, positive(minPublications), positive(minCitations),
				positive(minHIndex), links, budget, page, CandidateQuery.DEFAULT_SIZE);
		return new Parsed(query, errors);
	}

	private static Integer positive(Integer value) {
		return (value != null && value > 0) ? value : null;
	}

	private static List<String> skills(String field, String raw, List<FieldError> errors) {
		if (raw == null || raw.isBlank()) {
			return List.of();
		}
		Set<String> tags = new LinkedHashSet<>();
		for (String typed : SkillTags.split(raw)) {
			String tag = SkillTags.tag(typed);
			if (!tag.isEmpty()) {
				tags.add(tag);
			}
		}
		if (tags.size() > MAX_SKILLS) {
			errors.add(error(field, "candidates.search.error.skills.too-many", tags.size(), MAX_SKILLS));
			return List.copyOf(tags).subList(0, MAX_SKILLS);
		}
		return List.copyOf(tags);
	}

	private static <T> Set<T> values(String field, List<String> raw, Function<String, T> parser,
			List<FieldError> errors) {
		Set<T> parsed = new LinkedHashSet<>();
		for (String value : raw) {
			if (value == null || value.isBlank()) {
				continue;
			}
			T result = parser.apply(value.strip());
			if (result == null) {
				errors.add(error(field, "candidates.search.error.unknown", value.strip()));
			}
			else {
				parsed.add(result);
			}
		}
		return parsed;
	}

	private static Integer number(String field, String raw, int min, int max, List<FieldError> errors) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			long value = Long.parseLong(raw.strip().replace(",", "").replace("_", "").replace(" ", ""));
			if (value >= min && value <= max) {
				return (int) value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(error(field, "candidates.search.error.number", raw.strip(), min, max));
		return null;
	}

	private static boolean flag(String field, String raw, List<FieldError> errors) {
		if (raw == null || raw.isBlank()) {
			return false;
		}
		String value = raw.strip().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("on") || value.equals("1")) {
			return true;
		}
		if (!value.equals("false") && !value.equals("off") && !value.equals("0")) {
			errors.add(error(field, "candidates.search.error.flag", raw.strip()));
		}
		return false;
	}

	static FieldError error(String field, String code, Object... arguments) {
		return new FieldError("search", field, null, false, new String[] { code }, arguments, code);
	}

}
