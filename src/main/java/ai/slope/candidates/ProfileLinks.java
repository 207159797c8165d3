package ai.slope.candidates;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a link a seeker gives is an address of the site it is meant for, and turns it into one canonical
 * form, so that two spellings of the same profile are one address and nothing but a web page (no
 * {@code javascript:}, no {@code data:}) is ever stored:
 * <table>
 * <tr><th>site</th><th>accepted</th><th>stored as</th></tr>
 * <tr><td>GitHub</td><td>{@code github.com/<user>} (or {@code www.})</td><td>{@code https://github.com/<user>}</td></tr>
 * <tr><td>Google Scholar</td><td>{@code scholar.google.<country>/citations?user=<12 characters>}, other
 * parameters ignored</td><td>{@code https://scholar.google.com/citations?user=<id>}</td></tr>
 * <tr><td>Hugging Face</td><td>{@code huggingface.co/<user>} (or {@code hf.co})</td><td>{@code https://huggingface.co/<user>}</td></tr>
 * <tr><td>LinkedIn</td><td>{@code linkedin.com/in/<name>} (or {@code www.} or a country such as {@code uk.})</td>
 * <td>{@code https://www.linkedin.com/in/<name>}</td></tr>
 * <tr><td>personal site</td><td>any {@code https} address with a host name</td><td>as given, scheme and host in
 * lower case</td></tr>
 * </table>
 * An address without a scheme gets {@code https://}; for the four sites {@code http://} is taken as
 * {@code https://}. Query and fragment are dropped for them (a copied {@code ?tab=repositories} does not
 * matter). A user name in the address, a port other than the standard one, another host, or a path that is
 * not a profile (a repository, a model, a company page) is refused with a message that shows the expected form.
 */
public final class ProfileLinks {

	public static final int MAX_LENGTH = 300;

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private static final Pattern GITHUB_USER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");

	private static final Set<String> GITHUB_RESERVED = Set.of("about", "orgs", "settings", "features", "pricing",
			"login", "join", "explore", "topics", "marketplace", "sponsors", "enterprise", "search", "notifications",
			"new", "organizations", "collections", "trending", "apps", "security", "site", "contact");

	private static final Pattern SCHOLAR_HOST = Pattern.compile("scholar\\.google\\.(?:com|[a-z]{2}|com\\.[a-z]{2}|co\\.[a-z]{2})");

	private static final Pattern SCHOLAR_ID = Pattern.compile("[A-Za-z0-9_-]{12}");

	private static final Pattern HUGGING_FACE_USER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,94}[A-Za-z0-9])?");

	private static final Set<String> HUGGING_FACE_RESERVED = Set.of("models", "datasets", "spaces", "docs", "blog",
			"papers", "settings", "login", "join", "pricing", "organizations", "collections", "posts", "learn",
			"tasks", "enterprise", "chat", "new", "search", "api", "welcome", "terms-of-service", "privacy");

	private static final Pattern LINKEDIN_HOST = Pattern.compile("(?:www\\.|[a-z]{2,3}\\.)?linkedin\\.com");

	private static final Pattern LINKEDIN_NAME = Pattern.compile("[A-Za-z0-9%_-]{3,100}");

	/**
	 * The sites a profile links to, each with its form field and the message codes of its problems.
	 */
	public enum Site {

		GITHUB("github"), SCHOLAR("scholar"), HUGGING_FACE("huggingFace"), LINKEDIN("linkedin"), WEBSITE("website");

		private final String field;

		Site(String field) {
			this.field = field;
		}

		/** The name of the form field, and of the property of {@link CandidateProfile}. */
		public String field() {
			return this.field;
		}

		public String messageKey() {
			return "candidates.link." + this.field;
		}

		String hostProblem() {
			return "candidates.error.link." + this.field + ".host";
		}

		String pathProblem() {
			return "candidates.error.link." + this.field + ".path";
		}

	}

	/**
	 * The outcome of a check: the canonical address (null when nothing was given), or the message code of the
	 * problem.
	 */
	public record Checked(String url, String problem) {

		static Checked ok(String url) {
			return new Checked(url, null);
		}

		static Checked refused(String problem) {
			return new Checked(null, problem);
		}

		public boolean isValid() {
			return this.problem == null;
		}

	}

	private ProfileLinks() {
	}

	public static Checked check(Site site, String typed) {
		String text = (typed == null) ? "" : typed.strip();
		if (text.isEmpty()) {
			return Checked.ok(null);
		}
		if (text.length() > MAX_LENGTH) {
			return Checked.refused("candidates.error.link.too-long");
		}
		if (!SCHEME.matcher(text).find()) {
			text = "https://" + text;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			return Checked.refused("candidates.error.link.invalid");
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			return Checked.refused("candidates.error.link.invalid");
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || !uri.getHost().contains(".")) {
			return Checked.refused("candidates.error.link.invalid");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		if (site == Site.WEBSITE) {
			return website(uri, scheme, host);
		}
		if (uri.getPort() != -1 && uri.getPort() != 443 && uri.getPort() != 80) {
			return Checked.refused(site.hostProblem());
		}
		List<String> path = segments(uri.getRawPath());
		return switch (site) {
			case GITHUB -> github(host, path);
			case SCHOLAR -> scholar(host, path, uri.getRawQuery());
			case HUGGING_FACE -> huggingFace(host, path);
			case LINKEDIN -> linkedin(host, path);
			case WEBSITE -> throw new IllegalStateException();
		};
	}

	private static Checked github(String host, List<String> path) {
		if (!host.equals("github.com") && !host.equals("www.github.com")) {
			return Checked.refused(Site.GITHUB.hostProblem());
		}
		if (path.size() != 1 || !GITHUB_USER.matcher(path.get(0)).matches()
				|| GITHUB_RESERVED.contains(path.get(0).toLowerCase(Locale.ROOT))) {
			return Checked.refused(Site.GITHUB.pathProblem());
		}
		return Checked.ok("https://github.com/" + path.get(0));
	}

	private static Checked scholar(String host, List<String> path, String query) {
		if (!SCHOLAR_HOST.matcher(host).matches()) {
			return Checked.refused(Site.SCHOLAR.hostProblem());
		}
		if (path.size() != 1 || !path.get(0).equals("citations") || query == null) {
			return Checked.refused(Site.SCHOLAR.pathProblem());
		}
		String user = Arrays.stream(query.split("&"))
			.filter(parameter -> parameter.startsWith("user="))
			.map(parameter -> parameter.substring("user=".length()))
			.findFirst()
			.orElse("");
		if (!SCHOLAR_ID.matcher(user).matches()) {
			return Checked.refused(Site.SCHOLAR.pathProblem());
		}
		return Checked.ok("https://scholar.google.com/citations?user=" + user);
	}

	private static Checked huggingFace(String host, List<String> path) {
		if (!host.equals("huggingface.co") && !host.equals("www.huggingface.co") && !host.equals("hf.co")) {
			return Checked.refused(Site.HUGGING_FACE.hostProblem());
		}
		if (path.size() != 1 || !HUGGING_FACE_USER.matcher(path.get(0)).matches()
				|| HUGGING_FACE_RESERVED.contains(path.get(0).toLowerCase(Locale.ROOT))) {
			return Checked.refused(Site.HUGGING_FACE.pathProblem());
		}
		return Checked.ok("https://huggingface.co/" + path.get(0));
	}

	private static Checked linkedin(String host, List<String> path) {
		if (!LINKEDIN_HOST.matcher(host).matches()) {
			return Checked.refused(Site.LINKEDIN.hostProblem());
		}
		if (path.size() != 2 || !path.get(0).equals("in") || !LINKEDIN_NAME.matcher(path.get(1)).matches()) {
			return Checked.refused(Site.LINKEDIN.pathProblem());
		}
		return Checked.ok("https://www.linkedin.com/in/" + path.get(1));
	}

	private static Checked website(URI uri, String scheme, String host) {
		if (!scheme.equals("https")) {
			return Checked.refused("candidates.error.link.website.https");
		}
		StringBuilder url = new StringBuilder("https://").append(host);
		if (uri.getPort() != -1 && uri.getPort() != 443) {
			url.append(':').append(uri.getPort());
		}
		url.append((uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath());
		if (uri.getRawQuery() != null) {
			url.append('?').append(uri.getRawQuery());
		}
		if (uri.getRawFragment() != null) {
			url.append('#').append(uri.getRawFragment());
		}
		return (url.length() > MAX_LENGTH) ? Checked.refused("candidates.error.link.too-long") : Checked.ok(url.toString());
	}

	/**
	 * The non-empty segments of a path: “/ada/” is [“ada”].
	 */
	private static List<String> segments(String rawPath) {
		if (rawPath == null) {
			return List.of();
		}
		return Arrays.stream(rawPath.split("/")).filter(segment -> !segment.isEmpty()).toList();
	}

}
