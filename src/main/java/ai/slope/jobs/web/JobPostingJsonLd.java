package ai.slope.jobs.web;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.RemotePolicy;
import ai.slope.web.MarkdownRenderer;

/**
 * The schema.org JobPosting of a posting, as JSON-LD for search engines. Characters that could end the
 * surrounding script element ({@code <}, {@code >}, {@code &}) are written as JSON escapes, so nothing in
 * a posting can break out of it.
 */
@Component
class JobPostingJsonLd {

	private final JsonMapper json;

	private final MarkdownRenderer markdown;

	JobPostingJsonLd(JsonMapper json, MarkdownRenderer markdown) {
		this.json = json;
		this.markdown = markdown;
	}

	String of(JobPosting job, String pageUrl, String companyUrl) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org/");
		ld.put("@type", "JobPosting");
		ld.put("title", job.getTitle());
		ld.put("description", this.markdown.toSafeHtml(job.getDescription()));
		ld.put("identifier", Map.of("@type", "PropertyValue", "name", "Slope", "value", String.valueOf(job.getId())));
		ld.put("datePosted", job.getPublishedAt().toString());
		ld.put("validThrough", job.getExpiresAt().toString());
		ld.put("employmentType", employmentType(job.getEmploymentType()));
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
