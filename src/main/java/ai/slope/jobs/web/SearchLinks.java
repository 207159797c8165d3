package ai.slope.jobs.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.function.Function;

import org.springframework.web.util.UriComponentsBuilder;

import ai.slope.jobs.JobQuery;
import ai.slope.web.InputConverters;

/**
 * Canonical URLs for a search: its pages, its feed, and the same search with one filter removed. Everything
 * a search is lives in the URL, so these links can be bookmarked and shared.
 */
final class SearchLinks {

	private final JobQuery query;

	private final int defaultSize;

	SearchLinks(JobQuery query, int defaultSize) {
		this.query = query;
		this.defaultSize = defaultSize;
	}

	String page(int page) {
		return build("/jobs", page, true);
	}

	String feed() {
		return build("/jobs/feed.atom", 1, false);
	}

	String rssFeed() {
		return build("/jobs/feed.rss", 1, false);
	}

	String api() {
		return build("/api/v1/jobs", 1, false);
	}

	String query() {
		String url = build("", 1, true);
		return url.startsWith("?") ? url.substring(1) : url;
	}

	private String build(String path, int page, boolean withSort) {
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
		if (withSort && this.query.sort() != null) {
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
