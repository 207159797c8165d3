package ai.slope.salaries.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryQuery;
import ai.slope.web.Countries;
import ai.slope.web.RequestValues;

/**
 * Reads the explorer’s parameters (the page’s and the API’s are the same): each one that is present but not
 * acceptable gives an error, and is left out of the query.
 */
@Component
class ExplorerParameters {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final RoleTaxonomy roles;

	private final Countries countries;

	ExplorerParameters(RoleTaxonomy roles, Countries countries) {
		this.roles = roles;
		this.countries = countries;
	}

	record Parsed(SalaryQuery query, List<FieldError> errors) {
	}

	Parsed parse(ExplorerForm form) {
		RequestValues values = new RequestValues("form");
		String roleType = values.value("roleType", form.roleType(),
				value -> this.roles.roleType(value).isPresent() ? value : null, "salaries.explorer.error.role-type");
		ExperienceLevel level = values.choice("level", form.level(), ExperienceLevel.class,
				"salaries.explorer.error.level");
		String country = values.value("country", form.country(), value -> {
			String code = value.toUpperCase(Locale.ROOT);
			return this.countries.isKnown(code) ? code : null;
		}, "salaries.explorer.error.country");
		Integer from = values.number("from", form.from(), FIRST_YEAR, LAST_YEAR, "salaries.explorer.error.year");
		Integer to = values.number("to", form.to(), FIRST_YEAR, LAST_YEAR, "salaries.explorer.error.year");
		if (from != null && to != null && from > to) {
			values.reject("to", "salaries.explorer.error.years", String.valueOf(from), String.valueOf(to));
			to = null;
		}
		Integer remote = values.value("remote", form.remote(),
				value -> REMOTE.contains(value) ? Integer.valueOf(value) : null, "salaries.explorer.error.remote");
		return new Parsed(new SalaryQuery(roleType, level, country, from, to, remote), values.errors());
	}

	/** The workplace shares the explorer knows: on site, hybrid, remote. */
	private static final List<String> REMOTE = List.of("0", "50", "100");

}
