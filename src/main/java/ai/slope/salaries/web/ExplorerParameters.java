package ai.slope.salaries.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryQuery;
import ai.slope.web.Countries;

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
		List<FieldError> errors = new ArrayList<>();
		String roleType = blankToNull(form.roleType());
		if (roleType != null && this.roles.roleType(roleType).isEmpty()) {
			errors.add(error("roleType", "salaries.explorer.error.role-type", roleType));
			roleType = null;
		}
		ExperienceLevel level = null;
		String rawLevel = blankToNull(form.level());
		if (rawLevel != null) {
			try {
				level = ExperienceLevel.valueOf(rawLevel.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(error("level", "salaries.explorer.error.level", rawLevel));
			}
		}
		String country = blankToNull(form.country());
		if (country != null) {
			country = country.toUpperCase(Locale.ROOT);
			if (!this.countries.isKnown(country)) {
				errors.add(error("country", "salaries.explorer.error.country", form.country()));
				country = null;
			}
		}
		Integer from = year("from", form.from(), errors);
		Integer to = year("to", form.to(), errors);
		if (from != null && to != null && from > to) {
			errors.add(error("to", "salaries.explorer.error.years", String.valueOf(from), String.valueOf(to)));
			to = null;
		}
		Integer remote = null;
		String rawRemote = blankToNull(form.remote());
		if (rawRemote != null) {
			if (List.of("0", "50", "100").contains(rawRemote)) {
				remote = Integer.valueOf(rawRemote);
			}
			else {
				errors.add(error("remote", "salaries.explorer.error.remote", rawRemote));
			}
		}
		return new Parsed(new SalaryQuery(roleType, level, country, from, to, remote), errors);
	}

	private static Integer year(String field, String raw, List<FieldError> errors) {
		String value = blankToNull(raw);
		if (value == null) {
			return null;
		}
		try {
			int year = Integer.parseInt(value);
			if (year >= FIRST_YEAR && year <= LAST_YEAR) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the error
		}
		errors.add(error(field, "salaries.explorer.error.year", value, String.valueOf(FIRST_YEAR),
				String.valueOf(LAST_YEAR)));
		return null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static FieldError error(String field, String code, Object... arguments) {
		return new FieldError("form", field, null, false, new String[] { code }, arguments, code);
	}

}
