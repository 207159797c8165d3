package ai.slope.jobs.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSort;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.web.Countries;
import ai.slope.web.InputConverters;
import ai.slope.web.RequestValues;

/**
 * Checks search parameters and turns them into a {@link JobQuery}. Each bad value gets its own message;
 * the query keeps the good values, so a page can still show results next to the messages while the API
 * refuses the request.
 */
@Component
class SearchParameters {

	static final int MAX_KEYWORDS_LENGTH = 200;

	static final int MAX_SALARY = 10_000_000;

	static final int MAX_DAYS = 365;

	private final RoleTaxonomy roles;

	private final Countries countries;

	SearchParameters(RoleTaxonomy roles, Countries countries) {
		this.roles = roles;
		this.countries = countries;
	}

	/**
	 * @param query the query from the acceptable values; {@code null} when nothing sensible can be searched
	 * @param errors one per unacceptable value
	 */
	record Parsed(JobQuery query, List<FieldError> errors) {

		boolean hasErrors() {
			return !this.errors.isEmpty();
		}

	}

	Parsed parse(JobSearchForm form, int defaultSize) {
		RequestValues values = new RequestValues("search");
		String keywords = form.getQ();
		if (keywords != null && keywords.strip().length() > MAX_KEYWORDS_LENGTH) {
			values.reject("q", "search.error.q.too-long", keywords.length(), MAX_KEYWORDS_LENGTH);
			keywords = null;
		}
		Set<String> knownRoles = this.roles.slugs();
		Set<String> roleTypes = values.values("role", form.getRole(), v -> knownRoles.contains(v) ? v : null,
				"search.error.role.unknown");
		Set<Seniority> seniorities = values.values("seniority", form.getSeniority(),
				v -> InputConverters.enumValue(Seniority.class, v), "search.error.seniority.unknown");
		Set<EmploymentType> types = values.values("type", form.getType(),
				v -> InputConverters.enumValue(EmploymentType.class, v), "search.error.type.unknown");
		Set<RemotePolicy> remote = values.values("remote", form.getRemote(),
				v -> InputConverters.enumValue(RemotePolicy.class, v), "search.error.remote.unknown");
		Set<String> countryCodes = values.values("country", form.getCountry(), v -> {
			String code = v.toUpperCase(Locale.ROOT);
			return this.countries.isKnown(code) ? code : null;
		}, "search.error.country.unknown");
		Integer salary = values.number("salary", form.getSalary(), 0, MAX_SALARY, "search.error.salary.invalid");
		boolean visa = values.flag("visa", form.getVisa(), "search.error.visa.invalid");
		Integer days = values.number("days", form.getDays(), 1, MAX_DAYS, "search.error.days.invalid");
		Set<OpeningType> openingTypes = values.values("openingType", form.getOpeningType(),
				v -> InputConverters.enumValue(OpeningType.class, v), "search.error.opening-type.unknown");
		boolean mentoring = values.flag("mentoring", form.getMentoring(), "search.error.mentoring.invalid");
		boolean noAiExperience = values.flag("noAiExperience", form.getNoAiExperience(),
				"search.error.no-ai-experience.invalid");
		JobSort sort = values.choice("sort", form.getSort(), JobSort.class, "search.error.sort.unknown");
		Integer page = values.number("page", form.getPage(), 1, Integer.MAX_VALUE, "search.error.page.invalid");
		Integer size = values.number("size", form.getSize(), 1, JobQuery.MAX_SIZE, "search.error.size.invalid");
		int pageSize = (size != null) ? size : defaultSize;
		int pageNumber = (page != null) ? page : 1;
		if ((long) pageNumber * pageSize > JobQuery.MAX_WINDOW) {
			values.reject("page", "search.error.page.too-deep", JobQuery.MAX_WINDOW);
			pageNumber = 1;
		}
		JobQuery query = new JobQuery(keywords, roleTypes, seniorities, types, remote, countryCodes,
				(salary != null && salary > 0) ? salary : null, visa, days, null, sort, pageNumber, pageSize, openingTypes,
				mentoring, noAiExperience);
		return new Parsed(query, values.errors());
	}

	static FieldError error(String field, String code, Object... arguments) {
		return RequestValues.error("search", field, code, arguments);
	}

}
