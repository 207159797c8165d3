package ai.slope.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running Slope and comes back: meanwhile pages answer 503 with a page that says
 * so and {@code Retry-After} (a sign-up in flight included, whose session cannot even be read), the API a problem
 * document, the readiness probe is down; afterwards everything answers again, without a restart of Slope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.hikari.connection-timeout=1000")
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageTests {

	static final Path dataDir = temporaryFolder();

	static final int databasePort = freePort();

	static EmbeddedPostgres restarted;

	@DynamicPropertySource
	static void ownDatabaseServer(DynamicPropertyRegistry registry) {
		registry.add("slope.embedded-db.data-dir", dataDir::toString);
		registry.add("slope.embedded-db.port", () -> databasePort);
	}

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedDatabaseProperties database;

	final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void whileTheDatabaseIsDownPagesAnswer503AndEverythingComesBackWithIt() throws Exception {
		assertThat(probe("readiness")).isEqualTo(200);
		String csrf = Jsoup.parse(get("/signup").body()).select("input[name=_csrf]").val();

		EmbeddedDatabaseConfiguration.server(this.database).close();

		HttpResponse<String> signUp = signUp(csrf, "in-flight@outage.test");
		assertThat(signUp.statusCode()).isEqualTo(503);
		assertThat(signUp.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(Jsoup.parse(signUp.body()).select("h1").text()).isEqualTo("Slope is briefly unavailable");
		HttpResponse<String> login = this.browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=someone%40outage.test&password=a+guess&_csrf=" + csrf))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).as("a login is neither checked uncounted nor answered 500").isEqualTo(503);
		HttpResponse<String> page = get("/jobs/1-anything?lang=zh-CN");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("Slope 暂时无法访问");
		HttpResponse<String> api = get("/api/v1/jobs/1");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
		assertThat(api.body()).contains("\"status\":503");
		assertThat(probe("readiness")).isEqualTo(503);
		assertThat(probe("liveness")).isEqualTo(200);

		restarted = EmbeddedDatabaseConfiguration.start(this.database);

		// the pool waits between attempts to reconnect: back within seconds, without a restart of Slope
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> probe("readiness") == 200);
		HttpResponse<String> again = signUp(csrf, "after-outage@outage.test");
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(get("/jobs/1-anything").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A load balancer's probe: no cookies.
	 */
	private int probe(String which) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/actuator/health/" + which)).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	private HttpResponse<String> signUp(String csrf, String email) throws IOException, InterruptedException {
		String form = "displayName=Outa+Ge&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
				+ "&password=a+long+and+unusual+passphrase&role=SEEKER&_csrf=" + csrf;
		return this.browser.send(HttpRequest.newBuilder(uri("/signup"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * The server outlives this class (the cached application context uses it until it is closed), so it is
	 * stopped, and its folder deleted, when the JVM ends.
	 */
	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				if (restarted != null) {
					restarted.close();
				}
				FileSystemUtils.deleteRecursively(dataDir);
			}
			catch (IOException ex) {
				// a temporary folder left behind
			}
		}, "outage-test-cleanup"));
	}

	private static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("slope-outage-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
