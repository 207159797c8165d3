package ai.slope.candidates.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.validation.DataBinder;

import ai.slope.SlopeApplication;
import ai.slope.accounts.Accounts;
import ai.slope.candidates.CandidateSearch;
import ai.slope.candidates.CandidateSearchResult;
import ai.slope.web.Measurements;

/**
 * Measures the candidate searches of bench/candidate-queries.txt and writes p50, p95 and p99 as Markdown:
 * <ul>
 * <li>{@code http BASE_URL}: {@code POST /api/v1/candidates/search} against the running application, logged in as
 * the demo recruiter, one request at a time;</li>
 * <li>{@code floor}: the same searches on {@link CandidateSearch} in this JVM, without HTTP or JSON (start it with
 * the application stopped, on the same database and index folder).</li>
 * </ul>
 * Not a test: bench/candidates.sh calls it. System properties: {@code bench.label}, {@code bench.warmup} and
 * {@code bench.rounds} (rounds over all queries), {@code bench.out} (folder).
 */
public final class CandidateBenchmark {

	private static final String RECRUITER = "recruiter@demo.slope.example";

	private static final String PASSWORD = "slope-demo-recruiter";

	private static final Set<String> LISTS = Set.of("role", "seniority", "country", "link", "achievement");

	private CandidateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String mode = args[0];
		List<String> queries = Measurements.queries("bench/candidate-queries.txt");
		int warmup = Integer.getInteger("bench.warmup", 50);
		int rounds = Integer.getInteger("bench.rounds", 20);
		Measurements measurements = switch (mode) {
			case "http" -> http(args[1], queries, warmup, rounds);
			case "floor" -> floor(queries, warmup, rounds);
			default -> throw new IllegalArgumentException("Mode http or floor, not " + mode);
		};
		measurements.write(System.getProperty("bench.label", "candidates"), mode, warmup, rounds);
	}

	private static Measurements http(String baseUrl, List<String> queries, int warmup, int rounds)
			throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.build();
		logIn(client, baseUrl);
		Measurements measurements = new Measurements("app over HTTP (POST /api/v1/candidates/search)");
		for (int round = 0; round < warmup + rounds; round++) {
			for (String query : queries) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/candidates/search"))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json(query)))
					.build();
				long start = System.nanoTime();
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - start;
				if (response.statusCode() != 200) {
					throw new IllegalStateException(query + " gave " + response.statusCode() + ": " + response.body());
				}
				if (round >= warmup) {
					Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(response.body());
					measurements.add(query, took, total.find() ? Long.parseLong(total.group(1)) : -1);
				}
			}
		}
		return measurements;
	}

	private static void logIn(HttpClient client, String baseUrl) throws IOException, InterruptedException {
		String page = client
			.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		String form = "username=" + URLEncoder.encode(RECRUITER, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Could not log in as " + RECRUITER + ": " + login.statusCode() + " " + location);
		}
	}

	/** The query string as the API's JSON object; repeated or list parameters become arrays. */
	static String json(String query) {
		Map<String, List<String>> values = parameters(query);
		StringBuilder json = new StringBuilder("{");
		values.forEach((name, list) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(name).append("\":");
			if (LISTS.contains(name)) {
				json.append('[');
				for (int i = 0; i < list.size(); i++) {
					json.append(i > 0 ? "," : "").append(quoted(list.get(i)));
				}
				json.append(']');
			}
			else {
				json.append(quoted(list.get(0)));
			}
		});
		return json.append('}').toString();
	}

	private static String quoted(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static Map<String, List<String>> parameters(String query) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			values.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), key -> new ArrayList<>())
				.add(URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
		}
		return values;
	}

	private static Measurements floor(List<String> queries, int warmup, int rounds) {
		SpringApplication application = new SpringApplication(SlopeApplication.class);
		try (ConfigurableApplicationContext context = application.run("--slope.demo.enabled=false", "--server.port=0")) {
			CandidateSearch search = context.getBean(CandidateSearch.class);
			CandidateSearchParameters parameters = context.getBean(CandidateSearchParameters.class);
			long recruiter = context.getBean(Accounts.class).findByEmail(RECRUITER).orElseThrow().getId();
			Measurements measurements = new Measurements("CandidateSearch in-process (floor)");
			for (int round = 0; round < warmup + rounds; round++) {
				for (String query : queries) {
					CandidateSearchForm form = new CandidateSearchForm();
					MutablePropertyValues values = new MutablePropertyValues();
					parameters(query).forEach((name, list) -> values.add(name, LISTS.contains(name) ? list : list.get(0)));
					new DataBinder(form).bind(values);
					long start = System.nanoTime();
					CandidateSearchResult result = search.search(recruiter, parameters.parse(form).query());
					long took = System.nanoTime() - start;
					if (round >= warmup) {
						measurements.add(query, took, result.total());
					}
				}
			}
			return measurements;
		}
	}

}
