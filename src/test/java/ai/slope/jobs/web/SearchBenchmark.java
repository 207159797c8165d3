package ai.slope.jobs.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.validation.DataBinder;

import ai.slope.SlopeApplication;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobSearchResult;
import ai.slope.web.Measurements;

/**
 * Measures the queries of bench/queries.txt three ways and writes p50, p95 and p99 as Markdown:
 * <ul>
 * <li>{@code http BASE_URL}: {@code GET /api/v1/jobs?...} against the running application, one client, one
 * request at a time;</li>
 * <li>{@code floor}: the same queries on {@link JobSearch} in this JVM, without HTTP, JSON or rendering
 * (start it with the application stopped, on the same database and index folder);</li>
 * <li>{@code sql}: the keyword queries as PostgreSQL {@code ILIKE} and as full-text search (a GIN index on
 * {@code to_tsvector('simple', ...)}), each giving the count and the first page.</li>
 * </ul>
 * Not a test: bench/run.sh calls it. Settings come from system properties: {@code bench.label},
 * {@code bench.warmup} and {@code bench.rounds} (rounds over all queries), {@code bench.sql.queries} (how many
 * of the keyword queries the slow SQL mode runs; all by default), {@code bench.out} (folder), {@code bench.clear}
 * (a URL posted to before every query, untimed: OpenSearch's {@code _cache/clear} of the benchmark's indexes, so that
 * each query is answered without the node's caches, the "cold" of the OpenSearch backend).
 */
public final class SearchBenchmark {

	private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"|\\S+");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		List<String> queries = Measurements.queries("bench/queries.txt");
		int warmup = Integer.getInteger("bench.warmup", 5);
		int rounds = Integer.getInteger("bench.rounds", 20);
		Measurements measurements = switch (mode) {
			case "http" -> http(args[1], queries, warmup, rounds);
			case "floor" -> floor(queries, warmup, rounds, Arrays.copyOfRange(args, 1, args.length));
			case "sql" -> sql(queries, warmup, rounds);
			default -> throw new IllegalArgumentException("Mode http, floor or sql, not " + mode);
		};
		measurements.write(System.getProperty("bench.label", "bench"), mode, warmup, rounds);
	}

	private static Measurements http(String baseUrl, List<String> queries, int warmup, int rounds)
			throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Measurements measurements = new Measurements("app over HTTP");
		for (int round = 0; round < warmup + rounds; round++) {
			for (String query : queries) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/jobs?" + query))
					.header("Accept", "application/json")
					.build();
				clearCaches(client);
				long start = System.nanoTime();
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - start;
				if (response.statusCode() != 200 || !response.body().contains("\"facets\"")) {
					throw new IllegalStateException(query + " gave " + response.statusCode() + ": " + response.body());
				}
				if (round >= warmup) {
					measurements.add(query, took, total(response.body()));
				}
			}
		}
		return measurements;
	}

	private static void clearCaches(HttpClient client) throws IOException, InterruptedException {
		String clear = System.getProperty("bench.clear");
		if (clear != null) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create(clear)).POST(HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(clear + " gave " + response.statusCode() + ": " + response.body());
			}
		}
	}

	private static long total(String json) {
		Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(json);
		return total.find() ? Long.parseLong(total.group(1)) : -1;
	}

	private static Measurements floor(List<String> queries, int warmup, int rounds, String[] settings)
			throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		SpringApplication application = new SpringApplication(SlopeApplication.class);
		List<String> arguments = new ArrayList<>(List.of("--slope.demo.enabled=false", "--server.port=0"));
		arguments.addAll(List.of(settings));
		try (ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new))) {
			JobSearch search = context.getBean(JobSearch.class);
			SearchParameters parameters = context.getBean(SearchParameters.class);
			Measurements measurements = new Measurements("JobSearch in-process (floor)");
			for (int round = 0; round < warmup + rounds; round++) {
				for (String query : queries) {
					clearCaches(client);
					long start = System.nanoTime();
					JobQuery parsed = parameters.parse(form(query), JobQuery.DEFAULT_SIZE).query();
					JobSearchResult result = search.search(parsed);
					long took = System.nanoTime() - start;
					if (round >= warmup) {
						measurements.add(query, took, result.total());
					}
				}
			}
			return measurements;
		}
	}

	private static JobSearchForm form(String query) {
		MutablePropertyValues values = new MutablePropertyValues();
		for (Map.Entry<String, List<String>> parameter : parameters(query).entrySet()) {
			values.add(parameter.getKey(), parameter.getValue().toArray(String[]::new));
		}
		JobSearchForm form = new JobSearchForm();
		new DataBinder(form).bind(values);
		return form;
	}

	private static Map<String, List<String>> parameters(String query) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=", 2);
				parameters.computeIfAbsent(parts[0], key -> new ArrayList<>())
					.add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	private static Measurements sql(List<String> queries, int warmup, int rounds) throws SQLException {
		String url = System.getenv("SLOPE_DB_URL");
		String user = System.getenv().getOrDefault("SLOPE_DB_USER", "postgres");
		Measurements ilike = new Measurements("PostgreSQL ILIKE");
		Measurements fullText = new Measurements("PostgreSQL full-text search");
		try (Connection connection = DriverManager.getConnection(url, user, System.getenv("SLOPE_DB_PASSWORD"))) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set statement_timeout = '300s'");
			}
			List<String> keywordQueries = queries.stream()
				.filter(q -> parameters(q).containsKey("q"))
				.limit(Integer.getInteger("bench.sql.queries", Integer.MAX_VALUE))
				.toList();
			for (int round = 0; round < warmup + rounds; round++) {
				for (String query : keywordQueries) {
					Map<String, List<String>> parameters = parameters(query);
					time(connection, query, round >= warmup ? ilike : null, filters(parameters) + " and "
							+ ilikeClause(parameters.get("q").get(0)), "published_at desc", List.of(), parameters);
					if (Boolean.parseBoolean(System.getProperty("bench.sql.fulltext", "true"))) {
						time(connection, query, round >= warmup ? fullText : null,
								filters(parameters) + " and " + TSVECTOR + " @@ websearch_to_tsquery('simple', ?)",
								"ts_rank(" + TSVECTOR + ", websearch_to_tsquery('simple', ?)) desc",
								List.of(parameters.get("q").get(0)), parameters);
					}
				}
			}
		}
		if (!fullText.isEmpty()) {
			ilike.others.add(fullText);
		}
		return ilike;
	}

	/** The expression of the GIN index that bench/run.sh creates in the benchmark database. */
	static final String TSVECTOR = "bench_document(title, skills, description)";

	private static void time(Connection connection, String query, Measurements into, String where, String order,
			List<String> whereArguments, Map<String, List<String>> parameters) throws SQLException {
		long start = System.nanoTime();
		long total;
		try (PreparedStatement count = connection.prepareStatement("select count(*) from job_posting where " + where)) {
			bind(count, whereArguments, 1);
			try (ResultSet rows = count.executeQuery()) {
				rows.next();
				total = rows.getLong(1);
			}
		}
		int page = Integer.parseInt(parameters.getOrDefault("page", List.of("1")).get(0));
		try (PreparedStatement select = connection.prepareStatement("select id, title from job_posting where " + where
				+ " order by " + order + " limit 20 offset " + (page - 1) * 20)) {
			int next = bind(select, whereArguments, 1);
			if (order.contains("?")) {
				bind(select, whereArguments, next);
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					rows.getLong(1);
				}
			}
		}
		if (into != null) {
			into.add(query, System.nanoTime() - start, total);
		}
	}

	private static int bind(PreparedStatement statement, List<String> arguments, int from) throws SQLException {
		int index = from;
		for (String argument : arguments) {
			statement.setString(index++, argument);
		}
		return index;
	}

	/** The query's filters in SQL; the values come from bench/queries.txt, so they are trusted. */
	private static String filters(Map<String, List<String>> parameters) {
		StringBuilder where = new StringBuilder("status = 'PUBLISHED' and expires_at > now()");
		if (parameters.containsKey("role")) {
			where.append(" and role_type_id in (select id from role_type where slug in ")
				.append(list(parameters.get("role"), false))
				.append(')');
		}
		inList(where, "seniority", parameters.get("seniority"));
		inList(where, "employment_type", parameters.get("type"));
		inList(where, "remote_policy", parameters.get("remote"));
		inList(where, "country", parameters.get("country"));
		if (parameters.containsKey("salary")) {
			where.append(" and salary_max_usd >= ").append(Integer.parseInt(parameters.get("salary").get(0)));
		}
		if (parameters.containsKey("visa")) {
			where.append(" and visa_sponsorship");
		}
		if (parameters.containsKey("days")) {
			where.append(" and published_at >= now() - interval '")
				.append(Integer.parseInt(parameters.get("days").get(0)))
				.append(" days'");
		}
		return where.toString();
	}

	private static void inList(StringBuilder where, String column, List<String> values) {
		if (values != null) {
			where.append(" and ").append(column).append(" in ").append(list(values, true));
		}
	}

	private static String list(List<String> values, boolean asEnum) {
		return values.stream()
			.map(v -> "'" + (asEnum ? v.toUpperCase(Locale.ROOT).replace('-', '_') : v).replace("'", "''") + "'")
			.reduce((a, b) -> a + ", " + b)
			.map(s -> "(" + s + ")")
			.orElseThrow();
	}

	/** Every word or phrase in title or description; -word excluded; a OR b either. */
	static String ilikeClause(String keywords) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(keywords);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		List<String> clauses = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			if (token.equals("OR") && !clauses.isEmpty() && i + 1 < tokens.size()) {
				String previous = clauses.remove(clauses.size() - 1);
				clauses.add("(" + previous + " or " + like(tokens.get(++i)) + ")");
			}
			else if (token.startsWith("-")) {
				clauses.add("not " + like(token.substring(1)));
			}
			else {
				clauses.add(like(token));
			}
		}
		return String.join(" and ", clauses);
	}

	private static String like(String term) {
		String text = term.replace("\"", "").replace("'", "''").replace("%", "\\%").replace("_", "\\_");
		return "(title || ' ' || description) ilike '%" + text + "%'";
	}

	/** Latencies per query, in nanoseconds. */

}
