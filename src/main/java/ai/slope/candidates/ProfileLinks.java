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
 * <tr><td>AMiner</td><td>{@code aminer.cn/profile/<name>/<24 hex digits>} (or aminer.org, name optional)</td>
 * <td>{@code https://www.aminer.cn/profile/<name>/<id>}</td></tr>
 * <tr><td>OpenReview</td><td>{@code openreview.net/profile?id=~<Name1>}</td><td>{@code https://openreview.net/profile?id=~<Name1>}</td></tr>
 * <tr><td>ORCID</td><td>{@code orcid.org/<iD>} or the iD alone, its check digit right</td><td>{@code https://orcid.org/<iD>}</td></tr>
 * <tr><td>dblp</td><td>{@code dblp.org/pid/<a>/<b>} (or {@code .html}, or dblp.uni-trier.de)</td><td>{@code https://dblp.org/pid/<a>/<b>}</td></tr>
 * <tr><td>Semantic Scholar</td><td>{@code semanticscholar.org/author/<name>/<number>}</td>
 * <td>{@code https://www.semanticscholar.org/author/<name>/<number>}</td></tr>
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

	private static final Pattern AMINER_HOST = Pattern.compile("(?:www\\.)?aminer\\.(?:cn|org)");

	private static final Pattern AMINER_ID = Pattern.compile("[0-9a-f]{24}");

	private static final Pattern AMINER_NAME = Pattern.compile("[A-Za-z0-9%_.-]{1,100}");

	private static final Pattern OPENREVIEW_ID = Pattern.compile("~[A-Za-z0-9_.%-]{1,100}");

	private static final Pattern ORCID_ID = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dXx]");

	private static final Pattern DBLP_PART = Pattern.compile("[A-Za-z0-9_.:-]{1,60}");

	private static final Pattern SEMANTIC_SCHOLAR_ID = Pattern.compile("\\d{1,15}");

	/**
	 * The sites a profile links to, each with its form field and the message codes of its problems.
	 */
	public enum Site {

		GITHUB("github"), SCHOLAR("scholar"), HUGGING_FACE("huggingFace"), LINKEDIN("linkedin"), WEBSITE("website"),

		AMINER("aminer"), OPENREVIEW("openreview"), ORCID("orcid"), DBLP("dblp"), SEMANTIC_SCHOLAR("semanticScholar");

		/** The sites where recruiters read research (issue 18), beside GitHub, Scholar and Hugging Face. */
		public static final java.util.List<Site> RESEARCH = java.util.List.of(AMINER, OPENREVIEW, ORCID, DBLP,
				SEMANTIC_SCHOLAR);

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
		if (site == Site.ORCID && ORCID_ID.matcher(text).matches()) {
			text = "https://orcid.org/" + text;
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
			case AMINER -> aminer(host, path);
			case OPENREVIEW -> openreview(host, path, uri.getRawQuery());
			case ORCID -> orcid(host, path);
			case DBLP -> dblp(host, path);
			case SEMANTIC_SCHOLAR -> semanticScholar(host, path);
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

	private static Checked aminer(String host, List<String> path) {
		if (!AMINER_HOST.matcher(host).matches()) {
			return Checked.refused(Site.AMINER.hostProblem());
		}
		// aminer.cn/profile/<name>/<id> or aminer.cn/profile/<id>, the id 24 hexadecimal digits
		if (path.size() < 2 || path.size() > 3 || !path.get(0).equals("profile")
				|| !AMINER_ID.matcher(path.get(path.size() - 1)).matches()
				|| (path.size() == 3 && !AMINER_NAME.matcher(path.get(1)).matches())) {
			return Checked.refused(Site.AMINER.pathProblem());
		}
		return Checked.ok("https://www.aminer.cn/profile/" + String.join("/", path.subList(1, path.size())));
	}

	private static Checked openreview(String host, List<String> path, String query) {
		if (!host.equals("openreview.net") && !host.equals("www.openreview.net")) {
			return Checked.refused(Site.OPENREVIEW.hostProblem());
		}
		String id = (query == null) ? "" : Arrays.stream(query.split("&"))
			.filter(parameter -> parameter.startsWith("id="))
			.map(parameter -> parameter.substring("id=".length()).replace("%7E", "~").replace("%7e", "~"))
			.findFirst()
			.orElse("");
		if (path.size() != 1 || !path.get(0).equals("profile") || !OPENREVIEW_ID.matcher(id).matches()) {
			return Checked.refused(Site.OPENREVIEW.pathProblem());
		}
		return Checked.ok("https://openreview.net/profile?id=" + id);
	}

	private static Checked orcid(String host, List<String> path) {
		if (!host.equals("orcid.org") && !host.equals("www.orcid.org")) {
			return Checked.refused(Site.ORCID.hostProblem());
		}
		if (path.size() != 1 || !ORCID_ID.matcher(path.get(0)).matches() || !orcidChecksumHolds(path.get(0))) {
			return Checked.refused(Site.ORCID.pathProblem());
		}
		return Checked.ok("https://orcid.org/" + path.get(0).toUpperCase(Locale.ROOT));
	}

	/** ISO 7064 MOD 11-2, the check digit of an ORCID iD (its last character; X stands for 10). */
	static boolean orcidChecksumHolds(String id) {
		String digits = id.replace("-", "");
		int total = 0;
		for (int i = 0; i < digits.length() - 1; i++) {
			total = (total + (digits.charAt(i) - '0')) * 2;
		}
		int result = (12 - total % 11) % 11;
		char expected = (result == 10) ? 'X' : (char) ('0' + result);
		return Character.toUpperCase(digits.charAt(digits.length() - 1)) == expected;
	}

	private static Checked dblp(String host, List<String> path) {
		if (!host.equals("dblp.org") && !host.equals("www.dblp.org") && !host.equals("dblp.uni-trier.de")) {
			return Checked.refused(Site.DBLP.hostProblem());
		}
		// dblp.org/pid/<a>/<b>, perhaps with .html
		if (path.size() != 3 || !path.get(0).equals("pid")) {
			return Checked.refused(Site.DBLP.pathProblem());
		}
		String last = path.get(2).endsWith(".html") ? path.get(2).substring(0, path.get(2).length() - 5) : path.get(2);
		if (!DBLP_PART.matcher(path.get(1)).matches() || !DBLP_PART.matcher(last).matches()) {
			return Checked.refused(Site.DBLP.pathProblem());
		}
		return Checked.ok("https://dblp.org/pid/" + path.get(1) + "/" + last);
	}

	private static Checked semanticScholar(String host, List<String> path) {
		if (!host.equals("semanticscholar.org") && !host.equals("www.semanticscholar.org")) {
			return Checked.refused(Site.SEMANTIC_SCHOLAR.hostProblem());
		}
		// semanticscholar.org/author/<name>/<number> or /author/<number>
		if (path.size() < 2 || path.size() > 3 || !path.get(0).equals("author")
				|| !SEMANTIC_SCHOLAR_ID.matcher(path.get(path.size() - 1)).matches()
				|| (path.size() == 3 && !AMINER_NAME.matcher(path.get(1)).matches())) {
			return Checked.refused(Site.SEMANTIC_SCHOLAR.pathProblem());
		}
		return Checked.ok("https://www.semanticscholar.org/author/" + String.join("/", path.subList(1, path.size())));
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
