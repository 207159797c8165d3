package ai.slope.jobs.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.ProgramTerms;
import ai.slope.jobs.RemotePolicy;
import ai.slope.web.MarkdownRenderer;

/**
 * The schema.org JobPosting of a posting, as JSON-LD for search engines. Characters that could end the
 * surrounding script element ({@code <}, {@code >}, {@code &}) are written as JSON escapes, so nothing in
 * a posting can break out of it.
 * <p>
 * A program (docs/programs.md) says what it is: its kind in the title ("… (Career-switch program)") and a first
 * paragraph of the description with its terms, then who may apply; its {@code experienceRequirements} are
 * "no requirements" when no prior AI/ML experience is asked for (Google's wording), else
 * {@link #PRIOR_EXPERIENCE_MONTHS} months; {@code validThrough} is its closing time. An internship is
 * {@code INTERN}.
 */
@Component
class JobPostingJsonLd {

	private final JsonMapper json;

	/**
	 * A program that asks for prior AI/ML experience states no number of months; Google's
	 * {@code OccupationalExperienceRequirements} needs one, so it says a year, the least such programs mean.
	 */
	static final int PRIOR_EXPERIENCE_MONTHS = 12;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	JobPostingJsonLd(JsonMapper json, MarkdownRenderer markdown, MessageSource messages) {
		this.json = json;
		this.markdown = markdown;
		this.messages = messages;
	}

	String of(JobPosting job, String pageUrl, String companyUrl) {
		return of(job, pageUrl, companyUrl, Locale.ENGLISH);
	}

	/**
	 * The JSON-LD of a posting, a program's kind and terms worded in {@code locale} (the page's language).
	 */
	String of(JobPosting job, String pageUrl, String companyUrl, Locale locale) {
		ProgramTerms program = job.getProgramTerms();
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org/");
		ld.put("@type", "JobPosting");
		ld.put("title", (program == null) ? job.getTitle() : programTitle(job, locale));
		String description = this.markdown.toSafeHtml(job.getDescription());
		ld.put("description", (program == null) ? description : programDescription(job, program, locale) + description);
		ld.put("identifier", Map.of("@type", "PropertyValue", "name", "Slope", "value", String.valueOf(job.getId())));
		ld.put("datePosted", job.getPublishedAt().toString());
		ld.put("validThrough", (program == null) ? job.getExpiresAt().toString() : job.closingTime().toString());
		ld.put("employmentType", (job.getOpeningType() == OpeningType.INTERNSHIP) ? "INTERN"
				: employmentType(job.getEmploymentType()));
		if (program != null) {
			ld.put("experienceRequirements", program.aiExperienceRequired()
					? Map.of("@type", "OccupationalExperienceRequirements", "monthsOfExperience", PRIOR_EXPERIENCE_MONTHS)
					: "no requirements");
		}
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", job.getCompany().getName());
		organization.put("url", companyUrl);
		if (job.getCompany().getWebsite() != null) {
			organization.put("sameAs", job.getCompany().getWebsite());
		}
		ld.put("hiringOrganization", organization);
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		if (job.getCity() != null && !job.getCity().isBlank()) {
			address.put("addressLocality", job.getCity());
		}
		address.put("addressCountry", job.getCountry());
		if (job.getRemotePolicy() == RemotePolicy.REMOTE) {
			ld.put("jobLocationType", "TELECOMMUTE");
			ld.put("applicantLocationRequirements", Map.of("@type", "Country", "name", job.getCountry()));
		}
		else {
			ld.put("jobLocation", Map.of("@type", "Place", "address", address));
		}
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("@type", "QuantitativeValue");
		value.put("minValue", job.getSalaryMin());
		value.put("maxValue", job.getSalaryMax());
		value.put("unitText", job.getSalaryPeriod().name());
		ld.put("baseSalary", Map.of("@type", "MonetaryAmount", "currency", job.getSalaryCurrency(), "value", value));
		ld.put("skills", String.join(", ", job.getSkills()));
		// true only where the apply button leads to Slope's own form, not to the company's site
		ld.put("directApply", job.isInAppApply());
		ld.put("url", pageUrl);
		return escape(this.json.writeValueAsString(ld));
	}

	/**
	 * The title with the program's kind, unless the title names it already ("AI Residency 2027").
	 */
	private String programTitle(JobPosting job, Locale locale) {
		String kind = this.messages.getMessage(job.getOpeningType().messageKey(), null, locale);
		if (job.getTitle().toLowerCase(locale).contains(kind.toLowerCase(locale))) {
			return job.getTitle();
		}
		return job.getTitle() + " (" + kind + ")";
	}

	/**
	 * A first paragraph with what the program is and its terms, then who may apply; HTML like the description.
	 */
	private String programDescription(JobPosting job, ProgramTerms program, Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		List<String> terms = new ArrayList<>();
		terms.add(message(job.getOpeningType().messageKey(), locale));
		terms.add(message("job.detail.program.deadline", locale) + ": "
				+ message("job.detail.program.deadline-note", locale, days.format(program.applicationDeadline())));
		if (program.cohortStart() != null) {
			terms.add(message("job.detail.program.cohort-start", locale) + ": " + days.format(program.cohortStart()));
		}
		if (program.length() != null) {
			terms.add(message("job.detail.program.length", locale) + ": "
					+ message(program.lengthUnit().messageKey(), locale, program.length()));
		}
		terms.add(message(program.mentoring() ? "job.detail.program.mentoring.yes" : "job.detail.program.mentoring.no",
				locale));
		terms.add(message(program.aiExperienceRequired() ? "job.detail.program.experience.required"
				: "job.detail.program.experience.none", locale));
		StringBuilder html = new StringBuilder("<p>");
		html.append(HtmlUtils.htmlEscape(String.join(" · ", terms), "UTF-8")).append("</p>");
		if (program.eligibility() != null) {
			html.append("<h2>")
				.append(HtmlUtils.htmlEscape(message("job.detail.program.eligibility", locale), "UTF-8"))
				.append("</h2>")
				.append(this.markdown.toSafeHtml(program.eligibility()));
		}
		return html.toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static String employmentType(EmploymentType type) {
		return switch (type) {
			case FULL_TIME -> "FULL_TIME";
			case PART_TIME -> "PART_TIME";
			case CONTRACT -> "CONTRACTOR";
			case INTERNSHIP -> "INTERN";
			case TEMPORARY -> "TEMPORARY";
		};
	}

	/**
	 * One pass over the JSON (a posting's is several kilobytes, its description included).
	 */
	static String escape(String json) {
		StringBuilder escaped = null;
		for (int i = 0; i < json.length(); i++) {
			String replacement = switch (json.charAt(i)) {
				case '<' -> "\\u003c";
				case '>' -> "\\u003e";
				case '&' -> "\\u0026";
				default -> null;
			};
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(json.length() + 64).append(json, 0, i);
			}
			if (escaped != null) {
				if (replacement != null) {
					escaped.append(replacement);
				}
				else {
					escaped.append(json.charAt(i));
				}
			}
		}
		return (escaped != null) ? escaped.toString() : json;
	}

}
