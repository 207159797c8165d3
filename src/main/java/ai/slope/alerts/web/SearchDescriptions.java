package ai.slope.alerts.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.alerts.JobAlerts;
import ai.slope.jobs.JobQuery;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.web.Countries;
import ai.slope.web.Lists;

/**
 * A search in words, for the alert pages: each filter as a short phrase in the reader's language (the
 * keywords in quotes, role types and countries by name, “$150,000+”), and a name to suggest for a new alert.
 */
@Component
class SearchDescriptions {

	private final RoleTaxonomy roles;

	private final Countries countries;

	private final Lists lists;

	private final MessageSource messages;

	SearchDescriptions(RoleTaxonomy roles, Countries countries, Lists lists, MessageSource messages) {
		this.roles = roles;
		this.countries = countries;
		this.lists = lists;
		this.messages = messages;
	}

	/**
	 * The filters of a search as phrases; empty for the search of all postings.
	 */
	List<String> criteria(JobQuery query, Locale locale) {
		List<String> criteria = new ArrayList<>();
		if (query.keywords() != null) {
			criteria.add(message("alerts.criteria.keywords", locale, query.keywords()));
		}
		joined(criteria, locale, query.roleTypes(),
				slug -> this.roles.roleType(slug).map(type -> type.name(locale)).orElse(slug));
		joined(criteria, locale, query.seniorities(), value -> message(value.messageKey(), locale));
		joined(criteria, locale, query.employmentTypes(), value -> message(value.messageKey(), locale));
		joined(criteria, locale, query.remotePolicies(), value -> message(value.messageKey(), locale));
		joined(criteria, locale, query.countries(), code -> this.countries.name(code, locale));
		if (query.minSalaryUsd() != null) {
			criteria.add(message("search.salary.at-least", locale,
					NumberFormat.getIntegerInstance(locale).format(query.minSalaryUsd())));
		}
		if (query.visaSponsorship()) {
			criteria.add(message("search.visa", locale));
		}
		if (query.postedWithinDays() != null) {
			criteria.add(message("search.posted.within", locale, query.postedWithinDays()));
		}
		if (query.isProgramsOnly() && query.openingTypes().equals(JobQuery.PROGRAMS)) {
			criteria.add(message("alerts.criteria.programs", locale));
		}
		else {
			joined(criteria, locale, query.openingTypes(), value -> message(value.messageKey(), locale));
		}
		if (query.mentoring()) {
			criteria.add(message("search.mentoring", locale));
		}
		if (query.noAiExperience()) {
			criteria.add(message("search.no-ai-experience", locale));
		}
		return criteria;
	}

	/**
	 * A name for an alert of this search: its keywords or first filters, or “All new AI jobs”.
	 */
	String suggestedName(JobQuery query, Locale locale) {
		List<String> criteria = criteria(query, locale);
		if (query.keywords() != null) {
			// the keywords as typed, without the quotes of their phrase (the notice quotes the name)
			criteria.set(0, query.keywords());
		}
		if (criteria.isEmpty()) {
			return message("alerts.name.all", locale);
		}
		String name = String.join(" · ", criteria.subList(0, Math.min(2, criteria.size())));
		return (name.length() > JobAlerts.MAX_NAME_LENGTH) ? name.substring(0, JobAlerts.MAX_NAME_LENGTH - 1) + "…"
				: name;
	}

	private <T> void joined(List<String> criteria, Locale locale, Collection<T> values, Function<T, String> name) {
		if (!values.isEmpty()) {
			criteria.add(this.lists.join(values.stream().map(name).sorted().toList(), locale));
		}
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
