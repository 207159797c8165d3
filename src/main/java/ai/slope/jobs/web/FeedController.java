package ai.slope.jobs.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import ai.slope.jobs.JobFormat;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobSearchResult;
import ai.slope.jobs.JobSort;
import ai.slope.jobs.JobSummary;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.web.BadRequestException;
import ai.slope.web.SiteAddress;

/**
 * Atom feeds of new postings: all of them ({@code /jobs/feed.atom}), one role type
 * ({@code ?role=research-scientist}), or any search, with the same parameters as {@code /jobs}. The XML
 * writer escapes every text, so nothing in a posting can inject markup into a feed reader.
 */
@RestController
class FeedController {

	private static final int ENTRIES = 50;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private final JobSearch search;

	private final SearchParameters parameters;

	private final JobFormat format;

	private final RoleTaxonomy roles;

	private final MessageSource messages;

	private final SiteAddress site;

	FeedController(JobSearch search, SearchParameters parameters, JobFormat format, RoleTaxonomy roles,
			MessageSource messages, SiteAddress site) {
		this.site = site;
		this.search = search;
		this.parameters = parameters;
		this.format = format;
		this.roles = roles;
		this.messages = messages;
	}

	@GetMapping(path = "/jobs/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	String showFeed(@ModelAttribute JobSearchForm form, Locale locale) throws XMLStreamException {
		JobSearchResult result = newest(form);
		return atom(result, this.site.base(), new SearchLinks(result.query(), ENTRIES), title(result.query(), locale),
				locale);
	}

	/**
	 * The same feed in RSS 2.0, for the readers and mail tools that take no Atom.
	 */
	@GetMapping(path = "/jobs/feed.rss", produces = "application/rss+xml;charset=UTF-8")
	String showRssFeed(@ModelAttribute JobSearchForm form, Locale locale) throws XMLStreamException {
		JobSearchResult result = newest(form);
		return rss(result, this.site.base(), new SearchLinks(result.query(), ENTRIES), title(result.query(), locale),
				locale);
	}

	private JobSearchResult newest(JobSearchForm form) {
		form.setSort(JobSort.NEWEST.param());
		form.setPage(null);
		form.setSize(String.valueOf(ENTRIES));
		SearchParameters.Parsed parsed = this.parameters.parse(form, ENTRIES);
		if (parsed.hasErrors()) {
			throw new BadRequestException(parsed.errors());
		}
		return this.search.search(parsed.query());
	}

	private String title(JobQuery query, Locale locale) {
		if (query.roleTypes().size() == 1 && query.keywords() == null) {
			String slug = query.roleTypes().iterator().next();
			String name = this.roles.roleType(slug).map(r -> r.name(locale)).orElse(slug);
			return this.messages.getMessage("feed.title.role", new Object[] { name }, locale);
		}
		if (query.keywords() != null) {
			return this.messages.getMessage("feed.title.search", new Object[] { query.keywords() }, locale);
		}
		if (query.isProgramsOnly()) {
			return this.messages.getMessage("feed.title.programs", null, locale);
		}
		return this.messages.getMessage("feed.title.all", null, locale);
	}

	private String atom(JobSearchResult result, String base, SearchLinks links, String title, Locale locale)
			throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "title", title);
		String self = base + links.feed();
		element(xml, "id", self);
		link(xml, "self", self, "application/atom+xml");
		JobQuery htmlQuery = result.query().withPage(1, JobQuery.DEFAULT_SIZE);
		link(xml, "alternate", base + htmlPage(htmlQuery), "text/html");
		Instant updated = result.hits().stream().map(JobSummary::publishedAt).max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		element(xml, "updated", updated.toString());
		xml.writeStartElement("author");
		element(xml, "name", "Slope");
		xml.writeEndElement();
		for (JobSummary job : result.hits()) {
			xml.writeStartElement("entry");
			element(xml, "title", job.title() + " — " + job.companyName());
			element(xml, "id", base + "/jobs/" + job.id());
			link(xml, "alternate", base + job.path(), "text/html");
			element(xml, "published", job.publishedAt().toString());
			element(xml, "updated", job.publishedAt().toString());
			xml.writeStartElement("author");
			element(xml, "name", job.companyName());
			xml.writeEndElement();
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", job.roleType());
			xml.writeStartElement("summary");
			xml.writeAttribute("type", "text");
			xml.writeCharacters(summary(job, locale));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private String rss(JobSearchResult result, String base, SearchLinks links, String title, Locale locale)
			throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeNamespace("atom", ATOM);
		xml.writeStartElement("channel");
		element(xml, "title", title);
		JobQuery htmlQuery = result.query().withPage(1, JobQuery.DEFAULT_SIZE);
		element(xml, "link", base + htmlPage(htmlQuery));
		element(xml, "description", this.messages.getMessage("feed.description", null, locale));
		element(xml, "language", "zh".equals(locale.getLanguage()) ? "zh-cn" : "en");
		xml.writeEmptyElement("atom", "link", ATOM);
		xml.writeAttribute("href", base + links.rssFeed());
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("type", "application/rss+xml");
		Instant newest = result.hits().stream().map(JobSummary::publishedAt).max(Instant::compareTo).orElse(null);
		if (newest != null) {
			element(xml, "lastBuildDate", rfc822(newest));
		}
		for (JobSummary job : result.hits()) {
			xml.writeStartElement("item");
			element(xml, "title", job.title() + " — " + job.companyName());
			element(xml, "link", base + job.path());
			xml.writeStartElement("guid");
			xml.writeAttribute("isPermaLink", "true");
			xml.writeCharacters(base + "/jobs/" + job.id());
			xml.writeEndElement();
			element(xml, "pubDate", rfc822(job.publishedAt()));
			element(xml, "category", job.roleType());
			element(xml, "description", summary(job, locale));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	/**
	 * The page of the same search: {@code /programs} for a search of programs only (its order aside), else
	 * {@code /jobs}.
	 */
	private static String htmlPage(JobQuery query) {
		return query.isProgramsOnly() ? SearchLinks.programs(query.withSort(JobSort.DEADLINE), JobQuery.DEFAULT_SIZE).page(1)
				: new SearchLinks(query, JobQuery.DEFAULT_SIZE).page(1);
	}

	/**
	 * An entry's text: where, what it pays and the skills; a program says first what kind it is and its last day
	 * to apply.
	 */
	private String summary(JobSummary job, Locale locale) {
		String text = this.format.location(job, locale) + " · " + this.format.salary(job, locale) + " · "
				+ String.join(", ", job.skills());
		if (!job.isProgram()) {
			return text;
		}
		String kind = this.messages.getMessage(job.openingType().messageKey(), null, locale);
		String deadline = (job.applicationDeadline() == null) ? ""
				: " · " + this.messages.getMessage("feed.program.deadline", new Object[] { job.applicationDeadline().toString() },
						locale);
		return kind + deadline + " · " + text;
	}

	/**
	 * RFC 822 dates as RSS 2.0 wants them, in English whatever the reader's language.
	 */
	private static String rfc822(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

}
