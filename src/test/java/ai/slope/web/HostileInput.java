package ai.slope.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import ai.slope.accounts.WebSession;
import ai.slope.system.EventListeners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an outside tester sends to every parameter: {@link #NUL} in each field and each of {@link #REFUSED} in all
 * fields at once must be answered 400 with nothing changed in the database; so must every name with a malformed
 * list index ({@link #INDEXES}); each of {@link #ODD} must be answered without a 5xx.
 * Forms are found on the pages themselves ({@link #formsOn}), with the values the page fills in, so a new field
 * is attacked without anyone listing it; API parameters are listed by the tests. Every failure is collected and
 * {@link #verify()} reports them all at once.
 */
public final class HostileInput {

	/** NUL, sent in every field in turn: refused with 400 and no change. */
	public static final String NUL = "a\u0000b";

	/** Other control characters (ESC, DEL, C1), each sent in every field at once: refused with 400 and no change. */
	public static final List<String> REFUSED = List.of("\u001b[2J", "x\u007f", "\u0085y");

	/** Values that are text, but not the kind a field expects: any answer but a 5xx. */
	public static final List<String> ODD = List.of("2147483648", "99999999999999999999", "-1", "1e309",
			"{x} cv\u202Egpj.exe\r\nBcc: x@evil.example");

	/** Malformed list indexes, appended to every parameter's name at once: refused with 400. */
	public static final List<String> INDEXES = List.of("[256]", "[-1]", "[x]", "[999]", "[99999999999]");

	/** Tables that every request may write: sessions and remember-me logins. */
	private static final Set<String> UNTRACKED = Set.of("spring_session", "spring_session_attributes",
			"persistent_logins", "flyway_schema_history", "shedlock");

	/**
	 * Columns written in the background, whatever the request under test: a posting's view count, added every few
	 * seconds from the views counted in memory (PostingViews), so it may land between two snapshots.
	 */
	private static final Map<String, String> BACKGROUND_COLUMNS = Map.of("job_posting", "view_count");

	private static final String EVERY_FIELD = "*";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebSession session;

	private final JdbcTemplate jdbc;

	private final List<String> failures = new ArrayList<>();

	private int requests;

	private boolean refusedOnly;

	private final Set<String> attacked = new java.util.HashSet<>();

	public HostileInput(WebSession session, JdbcTemplate jdbc) {
		this.session = session;
		this.jdbc = jdbc;
	}

	/**
	 * Reads each page and attacks every form on it (but logout), field by field.
	 */
	public HostileInput formsOn(String... pages) throws Exception {
		for (String page : pages) {
			MockHttpServletResponse response = this.session.get(page);
			if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
				response = this.session.get(response.getRedirectedUrl().replaceFirst("^https?://[^/]+", ""));
			}
			if (response.getStatus() != 200) {
				this.failures.add("GET " + page + " answered " + response.getStatus() + ", no forms read");
				continue;
			}
			Document document = org.jsoup.Jsoup.parse(response.getContentAsString());
			int forms = 0;
			for (Element form : document.select("form")) {
				if (form.closest("nav, header") != null) {
					continue; // the layout's search box: the jobs module's tests attack /jobs
				}
				String action = action(form, page);
				if (action.startsWith("/logout") || action.startsWith("http")) {
					continue;
				}
				forms++;
				Target target = Target.of(form, action);
				// the same form repeated on a page (a row's buttons) is attacked once
				if (this.attacked.add(target.method() + " " + target.path() + " " + new java.util.TreeSet<>(target.fields()))) {
					attack(target);
				}
			}
			if (forms == 0) {
				this.failures.add("no form on " + page);
			}
		}
		return this;
	}

	/**
	 * From here on, sends only {@link #REFUSED}: for forms whose accepted values would change what other tests
	 * share (the role taxonomy, say).
	 */
	public HostileInput refusedOnly() {
		this.refusedOnly = true;
		return this;
	}

	/**
	 * From here on, sends every payload again.
	 */
	public HostileInput everything() {
		this.refusedOnly = false;
		return this;
	}

	/**
	 * Reads addresses with odd path variables (huge numbers, braces): any answer but a 5xx.
	 */
	public HostileInput paths(String... urls) throws Exception {
		for (String url : urls) {
			this.requests++;
			expect(() -> this.session.send(MockMvcRequestBuilders.get(java.net.URI.create(url)), false), -1, "GET " + url,
					"path", "");
		}
		return this;
	}

	/**
	 * Attacks the named query parameters of a GET, the others kept as given.
	 */
	public HostileInput get(String path, Map<String, String> base, String... fields) throws Exception {
		return attack(new Target(HttpMethod.GET, path, single(base), List.of(fields), List.of(), false));
	}

	/**
	 * Attacks the named parameters of a form POST, the others kept as given.
	 */
	public HostileInput post(String path, Map<String, String> base, String... fields) throws Exception {
		return attack(new Target(HttpMethod.POST, path, single(base), List.of(fields), List.of(), false));
	}

	/**
	 * Attacks the named fields of a JSON body: NUL as a string and in a list (the other control characters in the
	 * first field), then each odd value as a string, a huge number and an object.
	 */
	public HostileInput json(HttpMethod method, String path, Map<String, Object> base, String... fields)
			throws Exception {
		String name = method + " " + path;
		String before = snapshot();
		for (String field : fields) {
			for (Object payload : List.of(NUL, List.of(NUL))) {
				expect(() -> sendJson(method, path, base, field, payload), 400, name, field, payload);
			}
		}
		for (String payload : REFUSED) {
			expect(() -> sendJson(method, path, base, fields[0], payload), 400, name, fields[0], payload);
		}
		unchanged(before, name);
		if (this.refusedOnly) {
			return this;
		}
		List<Object> odd = new ArrayList<>(ODD);
		odd.addAll(List.of(new BigInteger("99999999999999999999"), new BigDecimal("1e309"), Map.of("x", 1)));
		for (String field : fields) {
			for (Object payload : odd) {
				expect(() -> sendJson(method, path, base, field, payload), -1, name, field, payload);
			}
		}
		return this;
	}

	private MockHttpServletResponse sendJson(HttpMethod method, String path, Map<String, Object> base, String field,
			Object payload) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>(base);
		body.put(field, payload);
		this.requests++;
		return this.session.send(MockMvcRequestBuilders.request(method, path)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body)), false);
	}

	/**
	 * Fails with every request that was not answered as it should have been.
	 */
	public void verify() {
		assertThat(this.failures).as("answers to %d hostile requests", this.requests).isEmpty();
	}

	private HostileInput attack(Target target) throws Exception {
		String name = target.method() + " " + target.action();
		String before = snapshot();
		for (String field : target.fields()) {
			expect(() -> send(target, field, NUL, null), 400, name, field, NUL);
		}
		if (!target.fields().isEmpty()) {
			for (String payload : REFUSED) {
				expect(() -> send(target, EVERY_FIELD, payload, null), 400, name, "every field", payload);
			}
		}
		unchanged(before, name);
		if (this.refusedOnly) {
			return this;
		}
		for (String field : target.fields()) {
			for (String payload : ODD) {
				expect(() -> send(target, field, payload, null), -1, name, field, payload);
			}
		}
		if (!target.fields().isEmpty()) {
			for (String index : INDEXES) {
				expect(() -> send(target, null, null, index), 400, name, "every name", index);
			}
		}
		for (String file : target.files()) {
			for (String payload : ODD) {
				expect(() -> send(target, file, payload, null), -1, name, file + " (file name)", payload);
			}
		}
		return this;
	}

	private void expect(Sent sent, int status, String request, String field, Object payload) {
		MockHttpServletResponse response;
		try {
			response = sent.send();
		}
		catch (Exception ex) {
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			this.failures.add("%s %s=%s threw %s".formatted(request, field, shown(payload), cause));
			return;
		}
		boolean good = (status > 0) ? response.getStatus() == status : response.getStatus() < 500;
		if (!good) {
			this.failures.add("%s %s=%s answered %d, not %s".formatted(request, field, shown(payload),
					response.getStatus(), (status > 0) ? status : "below 500"));
		}
	}

	private void unchanged(String before, String what) {
		String after = snapshot();
		if (!after.equals(before)) {
			this.failures.add(what + " changed the database: " + before + " → " + after);
		}
	}

	@FunctionalInterface
	private interface Sent {

		MockHttpServletResponse send() throws Exception;

	}

	private static String shown(Object payload) {
		StringBuilder shown = new StringBuilder();
		String text = String.valueOf(payload);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			shown.append((c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u202E') ? "\\u%04x".formatted((int) c) : c);
		}
		return shown.toString();
	}

	/**
	 * Sends the target's form with one field set to a payload (a file field: the file's name), or with every name
	 * given an index suffix.
	 */
	private MockHttpServletResponse send(Target target, String field, String payload, String indexSuffix)
			throws Exception {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		target.base().forEach((name, values) -> {
			String sent = (indexSuffix != null) ? name + indexSuffix : name;
			params.put(sent, (name.equals(field) || EVERY_FIELD.equals(field)) ? List.of(payload) : values);
		});
		if (indexSuffix != null) {
			target.fields().forEach(name -> params.putIfAbsent(name + indexSuffix, List.of("x")));
		}
		if (EVERY_FIELD.equals(field)) {
			target.fields().forEach(name -> params.putIfAbsent(name, List.of(payload)));
		}
		else if (field != null && !target.base().containsKey(field) && !target.files().contains(field)) {
			params.add(field, payload);
		}
		this.requests++;
		if (target.method() == HttpMethod.GET) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(target.path());
			params.forEach((name, values) -> uri.queryParam(name, values.toArray()));
			if (target.query() != null) {
				uri.query(target.query());
			}
			String url = uri.build().encode(StandardCharsets.UTF_8).toUriString();
			return this.session.send(MockMvcRequestBuilders.get(java.net.URI.create(url)), false);
		}
		AbstractMockHttpServletRequestBuilder<?> request;
		String url = target.action();
		if (target.multipart()) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(java.net.URI.create(url));
			for (String file : target.files()) {
				String fileName = file.equals(field) ? payload : "cv.pdf";
				multipart.file(new MockMultipartFile(file, fileName, "application/pdf", "%PDF-1.4 x".getBytes()));
			}
			request = multipart;
		}
		else {
			request = MockMvcRequestBuilders.post(java.net.URI.create(url));
		}
		params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
		return this.session.send(request, true);
	}

	/**
	 * Every table's content, hashed, but those that every request writes; taken once the listeners that run after a
	 * commit (in the background) are done, so that what an earlier request set off does not land between two
	 * snapshots.
	 */
	private String snapshot() {
		EventListeners.awaitDone(this.jdbc);
		List<String> tables = this.jdbc.queryForList("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""", String.class);
		StringBuilder sql = new StringBuilder("select concat_ws(',' ");
		for (String table : tables) {
			if (!UNTRACKED.contains(table)) {
				String row = BACKGROUND_COLUMNS.containsKey(table)
						? "(to_jsonb(t) - '" + BACKGROUND_COLUMNS.get(table) + "')::text" : "t::text";
				sql.append(", '").append(table).append("=' || (select md5(coalesce(string_agg(").append(row)
					.append(", '|' order by ").append(row).append("), '')) from \"")
					.append(table)
					.append("\" t)");
			}
		}
		sql.append(")");
		return this.jdbc.queryForObject(sql.toString(), String.class);
	}

	private static MultiValueMap<String, String> single(Map<String, String> base) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		base.forEach(params::add);
		return params;
	}

	private static String action(Element form, String page) {
		String action = form.hasAttr("action") ? form.attr("action")
				: form.hasAttr("hx-post") ? form.attr("hx-post") : form.attr("hx-get");
		return action.isBlank() ? page : action;
	}

	/**
	 * A form or a request to attack.
	 * @param base the parameters sent as the page fills them in
	 * @param fields the parameters to attack one by one
	 * @param files the file fields of a multipart form
	 */
	record Target(HttpMethod method, String action, MultiValueMap<String, String> base, List<String> fields,
			List<String> files, boolean multipart) {

		static Target of(Element form, String action) {
			MultiValueMap<String, String> base = new LinkedMultiValueMap<>();
			Set<String> fields = new LinkedHashSet<>();
			List<String> files = new ArrayList<>();
			for (Element input : form.select("input[name], select[name], textarea[name], button[name]")) {
				String name = input.attr("name");
				if (name.equals("_csrf")) {
					continue;
				}
				String type = input.attr("type").toLowerCase();
				if (input.tagName().equals("input") && type.equals("file")) {
					files.add(name);
					continue;
				}
				fields.add(name);
				if (input.tagName().equals("select")) {
					Element chosen = input.selectFirst("option[selected]");
					chosen = (chosen != null) ? chosen : input.selectFirst("option");
					if (chosen != null) {
						base.add(name, chosen.hasAttr("value") ? chosen.attr("value") : chosen.text());
					}
				}
				else if (input.tagName().equals("textarea")) {
					base.add(name, input.text());
				}
				else if (type.equals("checkbox") || type.equals("radio")) {
					if (input.hasAttr("checked") && (type.equals("checkbox") || !base.containsKey(name))) {
						base.add(name, input.attr("value").isEmpty() ? "on" : input.attr("value"));
					}
				}
				else if (input.tagName().equals("button") || type.equals("submit")) {
					if (!base.containsKey(name)) {
						base.add(name, input.attr("value"));
					}
				}
				else {
					base.add(name, input.attr("value"));
				}
			}
			HttpMethod method = form.attr("method").equalsIgnoreCase("post") || form.hasAttr("hx-post")
					? HttpMethod.POST : HttpMethod.GET;
			return new Target(method, action, base, List.copyOf(fields), files,
					form.attr("enctype").equalsIgnoreCase("multipart/form-data"));
		}

		String path() {
			int query = this.action.indexOf('?');
			return (query < 0) ? this.action : this.action.substring(0, query);
		}

		String query() {
			int query = this.action.indexOf('?');
			return (query < 0) ? null : this.action.substring(query + 1);
		}

	}

}
