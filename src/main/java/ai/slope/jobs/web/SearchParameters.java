package ai.slope.jobs.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSort;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.web.Countries;

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
		List<FieldError> errors = new ArrayList<>();
		String keywords = form.getQ();
		if (keywords != null && keywords.strip().length() > MAX_KEYWORDS_LENGTH) {
			errors.add(error("q", "search.error.q.too-long", keywords.length(), MAX_KEYWORDS_LENGTH));
			keywords = null;
		}
		Set<String> knownRoles = this.roles.slugs();
		Set<String> roleTypes = values("role", form.getRole(), v -> knownRoles.contains(v) ? v : null, errors);
		Set<Seniority> seniorities = values("seniority", form.getSeniority(), v -> Params.parse(Seniority.class, v),
				errors);
		Set<EmploymentType> types = values("type", form.getType(), v -> Params.parse(EmploymentType.class, v),
				errors);
		Set<RemotePolicy> remote = values("remote", form.getRemote(), v -> Params.parse(RemotePolicy.class, v),
				errors);
		Set<String> countryCodes = values("country", form.getCountry(), v -> {
			String code = v.strip().toUpperCase(Locale.ROOT);
			return this.countries.isKnown(code) ? code : null;
		}, errors);
		Integer salary = number("salary", form.getSalary(), 0, MAX_SALARY, errors);
		boolean visa = flag("visa", form.getVisa(), errors);
		Integer days = number("days", form.getDays(), 1, MAX_DAYS, errors);
		JobSort sort = null;
		if (present(form.getSort())) {
			sort = Params.parse(JobSort.class, form.getSort());
			if (sort == null) {
				errors.add(error("sort", "search.error.sort.unknown", form.getSort()));
			}
		}
		Integer page = number("page", form.getPage(), 1, Integer.MAX_VALUE, errors);
		Integer size = number("size", form.getSize(), 1, JobQuery.MAX_SIZE, errors);
		int pageSize = (size != null) ? size : defaultSize;
		int pageNumber = (page != null) ? page : 1;
		if ((long) pageNumber * pageSize > JobQuery.MAX_WINDOW) {
			errors.add(error("page", "search.error.page.too-deep", JobQuery.MAX_WINDOW));
			pageNumber = 1;
		}
		JobQuery query = new JobQuery(keywords, roleTypes, seniorities, types, remote, countryCodes,
				(salary != null && salary > 0) ? salary : null, visa, days, null, sort, pageNumber, pageSize);
		return new Parsed(query, errors);
	}

	private static <T> Set<T> values(String field, Collection<String> raw, Function<String, T> parser,
			List<FieldError> errors) {
		Set<T> parsed = new LinkedHashSet<>();
		raw.stream().filter(Objects::nonNull).filter(Predicate.not(String::isBlank)).forEach(value -> {
			T result = parser.apply(value.strip());
			if (result == null) {
				errors.add(error(field, "search.error." + field + ".unknown", value));
			}
			else {
				parsed.add(result);
			}
		});
		return parsed;
	}

	private static Integer number(String field, String raw, int min, int max, List<FieldError> errors) {
		if (!present(raw)) {
			return null;
		}
		try {
			long value = Long.parseLong(raw.strip().replace(",", "").replace("_", ""));
			if (value >= min && value <= max) {
				return (int) value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(error(field, "search.error." + field + ".invalid", raw, min, max));
		return null;
	}

	private static boolean flag(String field, String raw, List<FieldError> errors) {
		if (!present(raw)) {
			return false;
		}
		String value = raw.strip().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("on") || value.equals("1")) {
			return true;
		}
		if (!value.equals("false") && !value.equals("off") && !value.equals("0")) {
			errors.add(error(field, "search.error." + field + ".invalid", raw));
		}
		return false;
	}

	private static boolean present(String raw) {
		return raw != null && !raw.isBlank();
	}

	static FieldError error(String field, String code, Object... arguments) {
		return new FieldError("search", field, null, false, new String[] { code }, arguments, code);
	}

}
