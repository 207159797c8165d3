package ai.slope.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import ai.slope.roles.Seniority;

/**
 * A search's total and multi-select facet counts on OpenSearch, in the request that finds the page: the filters of
 * the facet groups go into the request's {@code post_filter} (which the page and the total obey), and each group is
 * counted by an aggregation over the matches that passes every filter but its own. So choosing a second seniority
 * shows what it adds, as {@link FacetCounter} counts on Lucene. The keywords, the company and the expiry time stay
 * in the query itself, which the aggregations count within.
 */
final class OpenSearchCounts {

	private static final String ROLE_TYPE = "roleType";

	private static final String SENIORITY = "seniority";

	private static final String EMPLOYMENT_TYPE = "employmentType";

	private static final String REMOTE_POLICY = "remotePolicy";

	private static final String COUNTRY = "country";

	private static final String SALARY = "salaryMaxUsd";

	private static final String VISA = "visaSponsorship";

	private static final String PUBLISHED = "publishedAt";

	/** More values than any group has (countries: under 250). */
	private static final int MAX_VALUES = 1000;

	private final Map<String, JsonObject> filters = new LinkedHashMap<>();

	private final Instant now;

	OpenSearchCounts(JobQuery query, Instant now) {
		this.now = now;
		terms(ROLE_TYPE, query.roleTypes());
		terms(SENIORITY, query.seniorities());
		terms(EMPLOYMENT_TYPE, query.employmentTypes());
		terms(REMOTE_POLICY, query.remotePolicies());
		terms(COUNTRY, query.countries());
		if (query.minSalaryUsd() != null) {
			this.filters.put(SALARY, atLeast(SALARY, query.minSalaryUsd()));
		}
		if (query.visaSponsorship()) {
			this.filters.put(VISA, term(VISA, new JsonPrimitive(true)));
		}
		if (query.postedWithinDays() != null) {
			this.filters.put(PUBLISHED, publishedWithin(query.postedWithinDays()));
		}
	}

	/** Adds the group filters as the post filter and the counting aggregations to a search request's body. */
	void addTo(JsonObject body) {
		if (!this.filters.isEmpty()) {
			body.add("post_filter", allBut(null));
		}
		JsonObject aggregations = new JsonObject();
		for (String field : new String[] { ROLE_TYPE, SENIORITY, EMPLOYMENT_TYPE, REMOTE_POLICY, COUNTRY }) {
			JsonObject terms = new JsonObject();
			terms.addProperty("field", field);
			terms.addProperty("size", MAX_VALUES);
			aggregations.add(field, filtered(allBut(field), "values", "terms", terms));
		}
		JsonObject salary = new JsonObject();
		for (int threshold : Facets.SALARY_THRESHOLDS) {
			salary.add(String.valueOf(threshold), atLeast(SALARY, threshold));
		}
		aggregations.add(SALARY, filtered(allBut(SALARY), "values", "filters", wrap("filters", salary)));
		JsonObject posted = new JsonObject();
		for (int days : Facets.POSTED_WITHIN_DAYS) {
			posted.add(String.valueOf(days), publishedWithin(days));
		}
		aggregations.add(PUBLISHED, filtered(allBut(PUBLISHED), "values", "filters", wrap("filters", posted)));
		JsonObject visa = allBut(VISA);
		visa.getAsJsonObject("bool").getAsJsonArray("filter").add(term(VISA, new JsonPrimitive(true)));
		aggregations.add(VISA, wrap("filter", visa));
		body.add("aggs", aggregations);
	}

	/** The counts of the aggregations {@link #addTo} asked for, read from the response. */
	static Facets facets(JsonObject response) {
		JsonObject aggregations = response.getAsJsonObject("aggregations");
		Map<Integer, Long> salary = new LinkedHashMap<>();
		JsonObject salaryBuckets = buckets(aggregations, SALARY).getAsJsonObject();
		for (int threshold : Facets.SALARY_THRESHOLDS) {
			salary.put(threshold, salaryBuckets.getAsJsonObject(String.valueOf(threshold)).get("doc_count").getAsLong());
		}
		Map<Integer, Long> posted = new LinkedHashMap<>();
		JsonObject postedBuckets = buckets(aggregations, PUBLISHED).getAsJsonObject();
		for (int days : Facets.POSTED_WITHIN_DAYS) {
			posted.put(days, postedBuckets.getAsJsonObject(String.valueOf(days)).get("doc_count").getAsLong());
		}
		Map<Seniority, Long> seniorities = new EnumMap<>(Seniority.class);
		terms(aggregations, SENIORITY).forEach((value, count) -> seniorities.put(Seniority.valueOf(value), count));
		return new Facets(byCount(terms(aggregations, ROLE_TYPE), Function.identity()), seniorities,
				byCount(terms(aggregations, EMPLOYMENT_TYPE), EmploymentType::valueOf),
				byCount(terms(aggregations, REMOTE_POLICY), RemotePolicy::valueOf),
				byCount(terms(aggregations, COUNTRY), Function.identity()), salary,
				aggregations.getAsJsonObject(VISA).get("doc_count").getAsLong(), posted);
	}

	/** The counts of one terms group, by the indexed value. */
	static Map<String, Long> terms(JsonObject aggregations, String field) {
		Map<String, Long> counts = new HashMap<>();
		for (JsonElement bucket : buckets(aggregations, field).getAsJsonArray()) {
			JsonObject b = bucket.getAsJsonObject();
			counts.put(b.get("key").getAsString(), b.get("doc_count").getAsLong());
		}
		return counts;
	}

	/** The request's aggregation of the role types alone, over every live posting. */
	static JsonObject roleTypesOnly() {
		JsonObject terms = new JsonObject();
		terms.addProperty("field", ROLE_TYPE);
		terms.addProperty("size", MAX_VALUES);
		JsonObject aggregations = new JsonObject();
		aggregations.add(ROLE_TYPE, filtered(allOf(new JsonArray()), "values", "terms", terms));
		return aggregations;
	}

	private static JsonElement buckets(JsonObject aggregations, String name) {
		return aggregations.getAsJsonObject(name).getAsJsonObject("values").get("buckets");
	}

	/** As {@link FacetCounter}: the values that have postings, the most first, then by value. */
	private static <K> Map<K, Long> byCount(Map<String, Long> counts, Function<String, K> value) {
		Map<K, Long> found = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.filter(entry -> entry.getValue() > 0)
			.sorted(Comparator.comparingLong((Map.Entry<String, Long> entry) -> -entry.getValue())
				.thenComparing(entry -> String.valueOf(value.apply(entry.getKey()))))
			.forEach(entry -> found.put(value.apply(entry.getKey()), entry.getValue()));
		return found;
	}

	private void terms(String field, Collection<?> values) {
		if (values.isEmpty()) {
			return;
		}
		JsonArray array = new JsonArray();
		values.forEach(value -> array.add((value instanceof Enum<?> e) ? e.name() : String.valueOf(value)));
		this.filters.put(field, wrap("terms", wrap(field, array)));
	}

	/** Every group filter but one ({@code null}: all of them). */
	private JsonObject allBut(String group) {
		JsonArray clauses = new JsonArray();
		this.filters.forEach((name, filter) -> {
			if (!name.equals(group)) {
				clauses.add(filter.deepCopy());
			}
		});
		return allOf(clauses);
	}

	private static JsonObject allOf(JsonArray clauses) {
		JsonObject bool = new JsonObject();
		bool.add("filter", clauses);
		return wrap("bool", bool);
	}

	private JsonObject publishedWithin(int days) {
		JsonObject range = new JsonObject();
		range.addProperty("gte", this.now.minus(Duration.ofDays(days)).toEpochMilli());
		range.addProperty("format", "epoch_millis");
		return wrap("range", wrap(PUBLISHED, range));
	}

	private static JsonObject atLeast(String field, int value) {
		JsonObject range = new JsonObject();
		range.addProperty("gte", value);
		return wrap("range", wrap(field, range));
	}

	private static JsonObject term(String field, JsonElement value) {
		return wrap("term", wrap(field, value));
	}

	/** An aggregation over the postings the filter lets through, with one sub-aggregation. */
	private static JsonObject filtered(JsonObject filter, String name, String type, JsonObject definition) {
		JsonObject aggregation = wrap("filter", filter);
		aggregation.add("aggs", wrap(name, wrap(type, definition)));
		return aggregation;
	}

	private static JsonObject wrap(String name, JsonElement value) {
		JsonObject object = new JsonObject();
		object.add(name, value);
		return object;
	}

}
