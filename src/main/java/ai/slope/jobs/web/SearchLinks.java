package ai.slope.jobs.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSort;
import ai.slope.web.InputConverters;

/**
 * Canonical URLs for a search: its pages, its feed, and the same search with one filter removed. Everything
 * a search is lives in the URL, so these links can be bookmarked and shared. The pages of {@code /programs} leave
 * out what that page implies (every kind of program, deadline order); its feed, API and alert links say it, so they
 * mean the same search wherever they are used.
 */
final class SearchLinks {

	private final JobQuery query;

	private final int defaultSize;

	private final boolean programs;

	SearchLinks(JobQuery query, int defaultSize) {
		this(query, defaultSize, false);
	}

	private SearchLinks(JobQuery query, int defaultSize, boolean programs) {
		this.query = query;
		this.defaultSize = defaultSize;
		this.programs = programs;
	}

	/**
	 * The links of a {@code /programs} search.
	 */
	static SearchLinks programs(JobQuery query, int defaultSize) {
		return new SearchLinks(query, defaultSize, true);
	}

	String page(int page) {
		return build(this.programs ? "/programs" : "/jobs", page, true, this.programs);
	}

	String feed() {
		return build("/jobs/feed.atom", 1, false, false);
	}

	String rssFeed() {
		return build("/jobs/feed.rss", 1, false, false);
	}

	/** The same search in the API; for programs in their page's order (deadline soonest). */
	String api() {
		return build("/api/v1/jobs", 1, this.programs, false);
	}

	String query() {
		String url = build("", 1, true, false);
		return url.startsWith("?") ? url.substring(1) : url;
	}

	/**
	 * @param programsPage whether the link is to {@code /programs}, which implies every kind of program and the
	 * deadline order
	 */
	private String build(String path, int page, boolean withSort, boolean programsPage) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (this.query.keywords() != null) {
			uri.queryParam("q", encode(this.query.keywords()));
		}
		add(uri, "role", this.query.roleTypes(), Function.identity());
		add(uri, "seniority", this.query.seniorities(), InputConverters::urlValue);
		add(uri, "type", this.query.employmentTypes(), InputConverters::urlValue);
		add(uri, "remote", this.query.remotePolicies(), InputConverters::urlValue);
		add(uri, "country", this.query.countries(), Function.identity());
		if (this.query.minSalaryUsd() != null) {
			uri.queryParam("salary", this.query.minSalaryUsd());
		}
		if (this.query.visaSponsorship()) {
			uri.queryParam("visa", "true");
		}
		if (this.query.postedWithinDays() != null) {
			uri.queryParam("days", this.query.postedWithinDays());
		}
		if (!(programsPage && this.query.openingTypes().equals(JobQuery.PROGRAMS))) {
			add(uri, "openingType", this.query.openingTypes(), InputConverters::urlValue);
		}
		if (this.query.mentoring()) {
			uri.queryParam("mentoring", "true");
		}
		if (this.query.noAiExperience()) {
			uri.queryParam("noAiExperience", "true");
		}
		if (withSort && this.query.sort() != null && !(programsPage && this.query.sort() == JobSort.DEADLINE)) {
			uri.queryParam("sort", this.query.sort().param());
		}
		if (page > 1) {
			uri.queryParam("page", page);
		}
		if (this.query.size() != this.defaultSize) {
			uri.queryParam("size", this.query.size());
		}
		return uri.build(true).toUriString();
	}

	private static <T> void add(UriComponentsBuilder uri, String name, Collection<T> values,
			Function<T, String> format) {
		values.stream().map(format).sorted().forEach(value -> uri.queryParam(name, encode(value)));
	}

	/**
	 * Form-encodes a parameter value, so that a {@code +} in keywords (C++) survives the round trip.
	 */
	private static String encode(Object value) {
		return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
	}

}
