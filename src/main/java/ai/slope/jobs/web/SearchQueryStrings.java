package ai.slope.jobs.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobQueryStrings;

/**
 * {@link JobQueryStrings} with the search page's own parameter rules ({@link SearchParameters}) and links
 * ({@link SearchLinks}).
 */
@Component
class SearchQueryStrings implements JobQueryStrings {

	private final SearchParameters parameters;

	SearchQueryStrings(SearchParameters parameters) {
		this.parameters = parameters;
	}

	@Override
	public Optional<JobQuery> parse(String queryString) {
		String raw = (queryString == null) ? "" : queryString.strip().replaceFirst("^\\?", "");
		MultiValueMap<String, String> values = UriComponentsBuilder.newInstance().query(raw).build().getQueryParams();
		JobSearchForm form = new JobSearchForm();
		form.setQ(first(values, "q"));
		form.setRole(all(values, "role"));
		form.setSeniority(all(values, "seniority"));
		form.setType(all(values, "type"));
		form.setRemote(all(values, "remote"));
		form.setCountry(all(values, "country"));
		form.setSalary(first(values, "salary"));
		form.setVisa(first(values, "visa"));
		form.setDays(first(values, "days"));
		form.setOpeningType(all(values, "openingType"));
		form.setMentoring(first(values, "mentoring"));
		form.setNoAiExperience(first(values, "noAiExperience"));
		SearchParameters.Parsed parsed = this.parameters.parse(form, JobQuery.DEFAULT_SIZE);
		if (parsed.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(parsed.query().withSort(null).withPage(1, JobQuery.DEFAULT_SIZE));
	}

	@Override
	public String format(JobQuery query) {
		return new SearchLinks(query.withSort(null).withPage(1, JobQuery.DEFAULT_SIZE), JobQuery.DEFAULT_SIZE).query();
	}

	private static String first(MultiValueMap<String, String> values, String name) {
		List<String> all = all(values, name);
		return all.isEmpty() ? null : all.get(0);
	}

	private static List<String> all(MultiValueMap<String, String> values, String name) {
		return values.getOrDefault(name, List.of())
			.stream()
			.map(value -> (value == null) ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8))
			.toList();
	}

}
