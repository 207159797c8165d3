package ai.slope.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser against the real server on a random port, for what MockMvc cannot show: MockMvc does not
 * parse multipart requests, so only real Tomcat shows how an upload over its limits is answered and that the
 * CSRF token is read from a multipart body. Keeps cookies and the CSRF token of the last page read, follows no
 * redirect.
 */
public final class TomcatClient {

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String csrfToken;

	public TomcatClient(int port) {
		this.port = port;
	}

	/**
	 * Reads a page that must answer 200.
	 */
	public Document page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		String csrf = page.select("input[name=_csrf]").val();
		if (!csrf.isEmpty()) {
			this.csrfToken = csrf;
		}
		return page;
	}

	/**
	 * The CSRF token of the last page read that had one.
	 */
	public String csrfToken() {
		return this.csrfToken;
	}

	public void logIn(String email, String password) throws IOException, InterruptedException {
		String csrf = page("/login").select("input[name=_csrf]").val();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
	}

	/**
	 * Posts one file as a multipart form, as a browser sends it, with the CSRF token of the last page read as a
	 * field of the body (as Slope's upload forms have it).
	 * @param action the form's action
	 */
	public HttpResponse<String> upload(String action, String field, String fileName, String contentType,
			byte[] file) throws IOException, InterruptedException {
		return upload(action, this.csrfToken, field, fileName, contentType, file);
	}

	/**
	 * Posts one file as a multipart form with the given CSRF token in the body, or none when it is null.
	 */
	public HttpResponse<String> upload(String action, String csrfToken, String field, String fileName,
			String contentType, byte[] file) throws IOException, InterruptedException {
		String boundary = "----slope" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (csrfToken != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrfToken
					+ "\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return this.http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Where a redirect sends the browser, as a path within the application.
	 */
	public static String location(HttpResponse<?> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
