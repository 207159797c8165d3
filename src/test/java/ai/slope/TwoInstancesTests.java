package ai.slope;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.companies.Company;
import ai.slope.jobs.CloseReason;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingExpiry;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.Postings;
import ai.slope.jobs.RecruiterFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof of docs/operations.md "Several instances": two instances of Slope (two application contexts, each with its
 * own Tomcat on a random port) on one PostgreSQL database and one OpenSearch node, spoken to over real HTTP as a
 * browser behind a load balancer would. What one instance writes, the other serves: searches (through the outbox),
 * sessions, login throttling, scheduled jobs; and an instance stopped in the middle of indexing loses nothing.
 * Needs {@code SLOPE_TEST_OPENSEARCH_URL} ({@link OpenSearchAvailable}).
 */
@ExtendWith(OpenSearchAvailable.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTests {

	/** The delay docs/search.md states, from a commit on one instance to what every instance's searches see. */
	static final Duration DELAY = SearchOutboxTests.DELAY;

	static ConfigurableApplicationContext a;

	static ConfigurableApplicationContext b;

	static String urlA;

	static String urlB;

	static String indexPrefix;

	@BeforeAll
	static void startTwoInstances() throws SQLException, IOException, InterruptedException {
		indexPrefix = "two-" + UUID.randomUUID() + "-";
		a = instance(indexPrefix);
		// B on A's database: the embedded server's, named by URL as an external database is
		String database;
		try (Connection connection = a.getBean(DataSource.class).getConnection()) {
			database = connection.getMetaData().getURL();
		}
		b = instance(indexPrefix, "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.maximum-pool-size=5");
		urlA = "http://127.0.0.1:" + a.getEnvironment().getProperty("local.server.port");
		urlB = "http://127.0.0.1:" + b.getEnvironment().getProperty("local.server.port");
		// the two event processors have shared the outbox out between them (each running one of two shards): the
		// delays measured below are those of a running cluster, not of one agent joining (docs/search.md)
		JdbcTemplate jdbc = new JdbcTemplate(b.getBean(DataSource.class));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject("""
				select count(*) from hsearch_agent
				where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING' and total_shard_count = 2""",
				Long.class) == 2);
		// and each has served its first pages (templates, the search path's first run), which are not what the delays
		// below are about
		for (String base : List.of(urlA, urlB)) {
			for (String path : List.of("/jobs?q=warm", "/api/v1/jobs?q=warm", "/login")) {
				assertThat(new Browser().get(base + path).statusCode()).isEqualTo(200);
			}
		}
	}

	@AfterAll
	static void stopThemAndDropTheirIndexes() throws IOException, InterruptedException {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null && instance.isActive()) {
				instance.close();
			}
		}
		String node = System.getenv(OpenSearchAvailable.URL);
		if (indexPrefix != null && node != null) {
			String first = node.split(",")[0].trim().replaceAll("/$", "");
			HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(first + "/" + indexPrefix + "*")).DELETE().build(),
						HttpResponse.BodyHandlers.discarding());
		}
	}

	/**
	 * An instance as production runs it on OpenSearch (outbox-polling), with the test profile's quiet settings (no demo
	 * data, no cron) and without the test helpers that wait for the outbox ({@link OutboxDrained}): the searches here
	 * see what a person would.
	 */
	private static ConfigurableApplicationContext instance(String indexPrefix, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0",
				"--slope.search.opensearch.index-prefix=" + indexPrefix, "--spring.mail.host="));
		all.addAll(List.of(arguments));
		return new SpringApplicationBuilder(SlopeApplication.class).profiles("test", "opensearch")
			.initializers(context -> context.getBeanFactory()
				.registerSingleton("withoutTestComponents", new WithoutTestComponents()))
			.run(all.toArray(String[]::new));
	}

	@Test
	@Order(1)
	void aPostingPublishedThroughAIsFoundThroughBWithItsCountsAndClosingItOnBRemovesItFromA() throws Exception {
		String word = word();
		Company company = a.getBean(PostingFixture.class).company("Two Instances Labs");
		JobPosting posting = a.getBean(PostingFixture.class)
			.posting(company, "ml-engineer", "Inference engineer " + word)
			.save();

		await().atMost(DELAY).pollInterval(Duration.ofMillis(200)).until(() -> total(urlB, word) == 1);
		JsonNode found = json(new Browser().get(urlB + "/api/v1/jobs?q=" + word).body());
		assertThat(found.at("/items/0/id").asLong()).isEqualTo(posting.getId());
		assertThat(found.at("/facets/role/ml-engineer").asLong()).isEqualTo(1);
		Document page = Jsoup.parse(new Browser().get(urlB + "/jobs?q=" + word).body());
		assertThat(page.select("#result-count").text()).isEqualTo("1 opening");
		assertThat(page.text()).contains("Inference engineer " + word);

		b.getBean(Postings.class).close(null, company.getId(), posting.getId(), CloseReason.FILLED);
		await().atMost(DELAY).pollInterval(Duration.ofMillis(200)).until(() -> total(urlA, word) == 0);
		assertThat(Jsoup.parse(new Browser().get(urlA + "/jobs?q=" + word).body()).select("#no-results")).isNotEmpty();
	}

	@Test
	@Order(2)
	void aSeekerWhoTurnsDiscoverableOffOnAIsNoLongerFoundByARecruiterOnB() throws Exception {
		String tag = word();
		Account seeker = a.getBean(CandidateFixture.class).discoverable("Two instance researcher", tag).save();
		RecruiterFixture.Recruiter recruiter = a.getBean(RecruiterFixture.class).recruiter(true);
		Browser onB = new Browser();
		assertThat(onB.logIn(urlB, recruiter.email(), AccountFixture.PASSWORD)).doesNotContain("error");
		String query = "{\"must\": \"" + tag + "\"}";

		await().atMost(DELAY).pollInterval(Duration.ofMillis(200))
			.until(() -> json(onB.postJson(urlB + "/api/v1/candidates/search", query)).at("/total").asLong() == 1);
		assertThat(onB.postJson(urlB + "/api/v1/candidates/search", query)).contains("\"id\":" + seeker.getId());

		a.getBean(CandidateProfiles.class).setDiscoverable(seeker.getId(), false);
		// never in a page once its owner was told (hits are checked against PostgreSQL), out of the counts within the
		// delay
		assertThat(onB.postJson(urlB + "/api/v1/candidates/search", query)).doesNotContain("\"id\":" + seeker.getId());
		await().atMost(DELAY).pollInterval(Duration.ofMillis(200))
			.until(() -> json(onB.postJson(urlB + "/api/v1/candidates/search", query)).at("/total").asLong() == 0);
	}

	@Test
	@Order(3)
	void aSessionMadeOnAIsValidOnBAndLoggingOutOnBEndsItOnA() throws Exception {
		Account seeker = AccountFixture.create(a.getBean(Accounts.class), Role.SEEKER);
		Browser browser = new Browser();
		assertThat(browser.logIn(urlA, seeker.getEmail(), AccountFixture.PASSWORD)).doesNotContain("error");

		assertThat(browser.get(urlB + "/account").statusCode()).isEqualTo(200);

		browser.page(urlB + "/account");
		assertThat(browser.post(urlB + "/logout").statusCode()).isEqualTo(302);
		HttpResponse<String> afterLogout = browser.get(urlA + "/account");
		assertThat(afterLogout.statusCode()).isEqualTo(302);
		assertThat(afterLogout.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	@Order(4)
	void fiveWrongPasswordsSpreadOverAAndBThrottleTheAccountOnBoth() throws Exception {
		Account seeker = AccountFixture.create(b.getBean(Accounts.class), Role.SEEKER);
		for (int i = 0; i < 5; i++) {
			Browser attacker = new Browser();
			String base = (i % 2 == 0) ? urlA : urlB;
			assertThat(attacker.loginError(base, seeker.getEmail(), "wrong guess " + i)).contains("do not match");
		}

		assertThat(new Browser().loginError(urlA, seeker.getEmail(), AccountFixture.PASSWORD))
			.contains("Too many failed attempts");
		assertThat(new Browser().loginError(urlB, seeker.getEmail(), AccountFixture.PASSWORD))
			.contains("Too many failed attempts");
	}

	@Test
	@Order(5)
	void aScheduledJobDueOnBothRunsOnce() throws Exception {
		PostingFixture fixture = a.getBean(PostingFixture.class);
		JobPosting overdue = fixture.posting(fixture.company("Overdue Labs"), "ml-engineer", "Overdue engineer")
			.expired()
			.save();
		Logger expiryLog = (Logger) LoggerFactory.getLogger(PostingExpiry.class);
		ListAppender<ILoggingEvent> runs = new ListAppender<>();
		runs.start();
		expiryLog.addAppender(runs);
		try {
			// the cron fires on both instances at the same moment
			CyclicBarrier due = new CyclicBarrier(2);
			CompletableFuture<?> onA = CompletableFuture.runAsync(() -> runWhen(due, a));
			CompletableFuture<?> onB = CompletableFuture.runAsync(() -> runWhen(due, b));
			CompletableFuture.allOf(onA, onB).join();
		}
		finally {
			expiryLog.detachAppender(runs);
		}

		assertThat(runs.list).filteredOn(event -> event.getFormattedMessage().startsWith("Posting expiry at"))
			.hasSize(1);
		assertThat(new JdbcTemplate(a.getBean(DataSource.class))
			.queryForObject("select status from job_posting where id = ?", String.class, overdue.getId()))
			.isEqualTo("EXPIRED");
	}

	private static void runWhen(CyclicBarrier due, ConfigurableApplicationContext instance) {
		try {
			due.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		instance.getBean(PostingExpiry.class).runScheduled();
	}

	@Test
	@Order(6)
	void stoppingAInTheMiddleOfIndexingLosesNoChangeBIndexesWhatALeft() throws Exception {
		String word = word();
		PostingFixture fixture = a.getBean(PostingFixture.class);
		Company company = fixture.company("Left Behind Labs");
		int count = 30;
		// one commit of 30 postings, and A stopped right after it: its event processor had no time to carry them all
		a.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
			for (int i = 0; i < count; i++) {
				fixture.posting(company, "research-engineer", "Research engineer " + word + " " + i).save();
			}
		});
		JdbcTemplate jdbc = new JdbcTemplate(b.getBean(DataSource.class));
		long pendingWhenStopped = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
		a.close();

		assertThat(pendingWhenStopped).as("A stopped with changes not yet indexed").isPositive();
		await().atMost(DELAY).pollInterval(Duration.ofMillis(200)).until(() -> total(urlB, word) == count);
		assertThat(jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class)).isZero();
		// A left the cluster as it stopped, and B took over A's share of the outbox
		await().atMost(DELAY).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject("""
				select count(*) from hsearch_agent
				where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING' and state = 'RUNNING' and total_shard_count = 1""",
				Long.class) == 1);
		assertThat(jdbc.queryForObject("select count(*) from hsearch_agent where type = 'EVENT_PROCESSING_DYNAMIC_SHARDING'",
				Long.class)).isOne();
	}

	private static long total(String base, String keywords) throws IOException, InterruptedException {
		return json(new Browser().get(base + "/api/v1/jobs?q=" + keywords).body()).at("/total").asLong();
	}

	private static JsonNode json(String body) {
		return JsonMapper.builder().build().readTree(body);
	}

	/** A word no other posting or profile has (consonants only, so no analyser folds or splits it). */
	private static String word() {
		String letters = "bcdfghjklmnpqrtvwxz";
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return word.toString();
	}

	/**
	 * A browser: its own cookies, sent to whichever instance it speaks to (as behind a load balancer, where both
	 * instances have one address), the CSRF token of the last page it read, and no redirect followed by itself.
	 */
	static final class Browser {

		private static final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		private String csrfToken;

		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(URI.create(url)).GET());
		}

		Document page(String url) throws IOException, InterruptedException {
			Document page = Jsoup.parse(get(url).body());
			String token = page.select("input[name=_csrf]").val();
			if (!token.isEmpty()) {
				this.csrfToken = token;
			}
			return page;
		}

		HttpResponse<String> post(String url, String... nameValuePairs) throws IOException, InterruptedException {
			StringBuilder form = new StringBuilder("_csrf=").append(encode(this.csrfToken));
			for (int i = 0; i < nameValuePairs.length; i += 2) {
				form.append('&').append(nameValuePairs[i]).append('=').append(encode(nameValuePairs[i + 1]));
			}
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
		}

		String postJson(String url, String json) throws IOException, InterruptedException {
			HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)));
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			return response.body();
		}

		/** Logs in; the answer is where the login sent the browser. */
		String logIn(String base, String email, String password) throws IOException, InterruptedException {
			page(base + "/login");
			return post(base + "/login", "username", email, "password", password).headers()
				.firstValue("Location")
				.orElse("");
		}

		/** Logs in and reads the message of the login page it is sent back to. */
		String loginError(String base, String email, String password) throws IOException, InterruptedException {
			String location = logIn(base, email, password);
			assertThat(location).contains("error");
			return page(location.startsWith("http") ? location : base + location).select("#login-error").text();
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			request.header("Accept-Language", "en");
			if (!this.cookies.isEmpty()) {
				request.header("Cookie", String.join("; ",
						this.cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
			}
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String header : response.headers().allValues("Set-Cookie")) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}

		private static String encode(String value) {
			return URLEncoder.encode((value != null) ? value : "", StandardCharsets.UTF_8);
		}

	}

	/**
	 * Keeps test helpers ({@code @TestConfiguration}, {@code @TestComponent}) out of the instances' component scan, as
	 * Spring Boot's test support does for the contexts it makes.
	 */
	static final class WithoutTestComponents extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getAnnotationMetadata().getAnnotations().isPresent(TestComponent.class);
		}

		@Override
		public boolean equals(Object other) {
			return other != null && other.getClass() == getClass();
		}

		@Override
		public int hashCode() {
			return getClass().hashCode();
		}

	}

}
