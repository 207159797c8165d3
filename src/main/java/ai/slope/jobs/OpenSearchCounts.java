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
 * shows what it adds, as {@link ai.slope.jobs.search.FacetCounter} counts on Lucene. The keywords, the company and the expiry time stay
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

	private static final String OPENING_TYPE = "openingType";

	private static final String MENTORING = "mentoring";

	private static final String AI_EXPERIENCE = "aiExperienceRequired";

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
		terms(OPENING_TYPE, query.openingTypes());
		if (query.mentoring()) {
			this.filters.put(MENTORING, term(MENTORING, new JsonPrimitive(true)));
		}
		if (query.noAiExperience()) {
			this.filters.put(AI_EXPERIENCE, term(AI_EXPERIENCE, new JsonPrimitive(false)));
		}
	}

	/**
	 * Adds the group filters as the post filter and the counting aggregations to a search request's body. A group
	 * whose count passes no other group's filter (every group, when none is chosen) is counted over the matches
	 * directly, without a filter aggregation around it; the pay and date bands are {@code range} aggregations, one
	 * read of the field per posting for all bands (as {@code filters} of range queries they cost a pass each: the
	 * bare search over 1,000,000 postings took about twice as long, docs/benchmarks.md).
	 */
	void addTo(JsonObject body) {
		if (!this.filters.isEmpty()) {
			body.add("post_filter", allBut(null));
		}
		JsonObject aggregations = new JsonObject();
		for (String field : new String[] { ROLE_TYPE, SENIORITY, EMPLOYMENT_TYPE, REMOTE_POLICY, COUNTRY,
				OPENING_TYPE }) {
			JsonObject terms = new JsonObject();
			terms.addProperty("field", field);
			terms.addProperty("size", MAX_VALUES);
			aggregations.add(field, countedWithout(field, "terms", terms));
		}
		JsonArray salary = new JsonArray();
		for (int threshold : Facets.SALARY_THRESHOLDS) {
			salary.add(from(String.valueOf(threshold), new JsonPrimitive(threshold)));
		}
		aggregations.add(SALARY, countedWithout(SALARY, "range", bands(SALARY, salary)));
		JsonArray posted = new JsonArray();
		for (int days : Facets.POSTED_WITHIN_DAYS) {
			posted.add(from(String.valueOf(days), new JsonPrimitive(this.now.minus(Duration.ofDays(days)).toEpochMilli())));
		}
		JsonObject postedBands = bands(PUBLISHED, posted);
		postedBands.addProperty("format", "epoch_millis");
		aggregations.add(PUBLISHED, countedWithout(PUBLISHED, "range", postedBands));
		JsonObject visa = allBut(VISA);
		visa.getAsJsonObject("bool").getAsJsonArray("filter").add(term(VISA, new JsonPrimitive(true)));
		aggregations.add(VISA, wrap("filter", visa));
		aggregations.add(MENTORING, flagCount(MENTORING, true));
		aggregations.add(AI_EXPERIENCE, flagCount(AI_EXPERIENCE, false));
		body.add("aggs", aggregations);
	}

	/** The postings whose flag has this value among those that pass every filter but the flag's own. */
	private JsonObject flagCount(String field, boolean value) {
		JsonObject filter = allBut(field);
		filter.getAsJsonObject("bool").getAsJsonArray("filter").add(term(field, new JsonPrimitive(value)));
		return wrap("filter", filter);
	}

	/** A group's aggregation: over the matches that pass every other group's filter, or over all when there is none. */
	private JsonObject countedWithout(String group, String type, JsonObject definition) {
		JsonObject others = allBut(group);
		if (others.getAsJsonObject("bool").getAsJsonArray("filter").isEmpty()) {
			return wrap(type, definition);
		}
		return filtered(others, "values", type, definition);
	}

	/** Bands of "at least" a value, keyed by name, in one {@code range} aggregation of a field. */
	private static JsonObject bands(String field, JsonArray ranges) {
		JsonObject definition = new JsonObject();
		definition.addProperty("field", field);
		definition.addProperty("keyed", true);
		definition.add("ranges", ranges);
		return definition;
	}

	private static JsonObject from(String key, JsonPrimitive value) {
		JsonObject range = new JsonObject();
		range.addProperty("key", key);
		range.add("from", value);
		return range;
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
		Map<OpeningType, Long> openingTypes = new EnumMap<>(OpeningType.class);
		terms(aggregations, OPENING_TYPE).forEach((value, count) -> {
			if (count > 0) {
				openingTypes.put(OpeningType.valueOf(value), count);
			}
		});
		return new Facets(byCount(terms(aggregations, ROLE_TYPE), Function.identity()), seniorities,
				byCount(terms(aggregations, EMPLOYMENT_TYPE), EmploymentType::valueOf),
				byCount(terms(aggregations, REMOTE_POLICY), RemotePolicy::valueOf),
				byCount(terms(aggregations, COUNTRY), Function.identity()), salary,
				aggregations.getAsJsonObject(VISA).get("doc_count").getAsLong(), posted, openingTypes,
				aggregations.getAsJsonObject(MENTORING).get("doc_count").getAsLong(),
				aggregations.getAsJsonObject(AI_EXPERIENCE).get("doc_count").getAsLong());
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
		aggregations.add(ROLE_TYPE, wrap("terms", terms));
		return aggregations;
	}

	/** The buckets of a group's aggregation, within its filter aggregation or not ({@link #countedWithout}). */
	private static JsonElement buckets(JsonObject aggregations, String name) {
		JsonObject aggregation = aggregations.getAsJsonObject(name);
		return (aggregation.has("values") ? aggregation.getAsJsonObject("values") : aggregation).get("buckets");
	}

	/** As {@link ai.slope.jobs.search.FacetCounter}: the values that have postings, the most first, then by value. */
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
