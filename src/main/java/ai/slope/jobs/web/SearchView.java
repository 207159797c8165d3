package ai.slope.jobs.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.Facets;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearchResult;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.Seniority;
import ai.slope.web.Pages;

/**
 * Fills the model of the search page and its htmx fragment.
 */
@Component
class SearchView {

	private final RoleTaxonomy roles;

	private final MessageSource messages;

	SearchView(RoleTaxonomy roles, MessageSource messages) {
		this.roles = roles;
		this.messages = messages;
	}

	void fill(Model model, JobQuery query, JobSearchResult result, List<FieldError> errors, Locale locale) {
		fill(model, query, result, errors, locale, false);
	}

	/**
	 * @param programs whether the page is {@code /programs}: its links, title and filters (the program kinds
	 * instead of every opening type, mentoring and "no AI experience needed")
	 */
	void fill(Model model, JobQuery query, JobSearchResult result, List<FieldError> errors, Locale locale,
			boolean programs) {
		SearchLinks links = links(result.query(), programs);
		model.addAttribute("programs", programs);
		model.addAttribute("searchPath", programs ? "/programs" : "/jobs");
		model.addAttribute("openingTypes", programs ? programKinds() : List.of(OpeningType.values()));
		// on /programs, every kind at once is what no choice means: no box is ticked
		model.addAttribute("selectedOpeningTypes",
				(programs && query.openingTypes().equals(JobQuery.PROGRAMS)) ? java.util.Set.of() : query.openingTypes());
		// "N jobs" only when the search is of jobs alone; else it may find programs too: "N openings"
		model.addAttribute("jobsOnly", query.openingTypes().equals(java.util.Set.of(OpeningType.JOB)));
		model.addAttribute("query", result.query());
		model.addAttribute("result", result);
		model.addAttribute("errors", errors.stream().map(e -> this.messages.getMessage(e, locale)).toList());
		model.addAttribute("pages", pages(result, links));
		model.addAttribute("feedUrl", links.feed());
		model.addAttribute("rssFeedUrl", links.rssFeed());
		model.addAttribute("apiUrl", links.api());
		model.addAttribute("families", this.roles.byFamily());
		model.addAttribute("roleNames", this.roles.roleTypes()
			.stream()
			.collect(Collectors.toMap(t -> t.getSlug(), t -> t.name(locale))));
		model.addAttribute("seniorities", Seniority.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("remotePolicies", RemotePolicy.values());
		model.addAttribute("salaryThresholds", withSelected(Facets.SALARY_THRESHOLDS, query.minSalaryUsd()));
		model.addAttribute("postedWithin", withSelected(Facets.POSTED_WITHIN_DAYS, query.postedWithinDays()));
		model.addAttribute("countryCounts", sortedByCount(result.facets().countries(), query));
		model.addAttribute("filtersKey",
				new FiltersKey(this.roles.byFamily(), filters(result.query()), result.facets(), programs));
	}

	static SearchLinks links(JobQuery query, boolean programs) {
		return programs ? SearchLinks.programs(query, JobQuery.DEFAULT_SIZE)
				: new SearchLinks(query, JobQuery.DEFAULT_SIZE);
	}

	private static List<OpeningType> programKinds() {
		return java.util.Arrays.stream(OpeningType.values()).filter(OpeningType::isProgram).toList();
	}

	/**
	 * The search's filters alone: what the filter column shows checked (not the keywords, the order or the page).
	 */
	private static JobQuery filters(JobQuery query) {
		return new JobQuery(null, query.roleTypes(), query.seniorities(), query.employmentTypes(),
				query.remotePolicies(), query.countries(), query.minSalaryUsd(), query.visaSponsorship(),
				query.postedWithinDays(), null, null, 1, JobQuery.DEFAULT_SIZE, query.openingTypes(), query.mentoring(),
				query.noAiExperience());
	}

	/**
	 * The choices offered, plus the one in the URL when it is not among them (a shared link with
	 * {@code salary=175000}), so that the next filter change keeps it.
	 */
	private static List<Integer> withSelected(List<Integer> choices, Integer selected) {
		if (selected == null || choices.contains(selected)) {
			return choices;
		}
		return java.util.stream.Stream.concat(choices.stream(), java.util.stream.Stream.of(selected)).sorted().toList();
	}

	/**
	 * Countries with postings, most postings first, and any selected country even when it has none.
	 */
	private static List<Map.Entry<String, Long>> sortedByCount(Map<String, Long> counts, JobQuery query) {
		Map<String, Long> all = new java.util.HashMap<>(counts);
		query.countries().forEach(code -> all.putIfAbsent(code, 0L));
		return all.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.toList();
	}

	private static Pages pages(JobSearchResult result, SearchLinks links) {
		return Pages.linkedBy(links::page, result.query().page(), Math.max(1, result.totalPages()));
	}

	/**
	 * Everything the filter column (jobs/fragments :: filters) shows, by value: its rendered HTML is kept under
	 * this key ({@link ai.slope.web.FragmentCache}). The role families are the taxonomy's entities, equal only to
	 * themselves, so a taxonomy read anew (a minute later, or after an edit) makes a new key.
	 */
	record FiltersKey(Map<?, ?> families, JobQuery filters, Facets facets, boolean programs) {
	}

}
