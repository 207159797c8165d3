package ai.slope.applications.web;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;

import ai.slope.applications.Applicant;
import ai.slope.applications.Pipeline;
import ai.slope.candidates.ProfileLinks;
import ai.slope.candidates.ProfileSummary;
import ai.slope.web.SpreadsheetCells;

/**
 * A posting's applicants as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read the names
 * right), headers in the recruiter's language. A cell that a spreadsheet would run as a formula is neutralised
 * (see {@link #cell}). An applicant a blind review hides has their alias in the name column and empty e-mail, city and
 * link cells ({@code Pipeline} leaves them out).
 */
final class ApplicantCsv {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final List<String> COLUMNS = List.of("name", "email", "stage", "applied", "headline", "country",
			"city", "years", "matched-skills", "skills", "publications", "citations", "h-index", "github", "scholar",
			"hugging-face", "linkedin", "website", "cover-note");

	private ApplicantCsv() {
	}

	static void write(Pipeline.Export export, MessageSource messages, Locale locale, Writer out) throws IOException {
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(COLUMNS.stream()
				.map(column -> messages.getMessage("applications.csv." + column, null, locale))
				.toList());
			for (Applicant applicant : export.applicants()) {
				printer.printRecord(row(applicant, export.coverNotes().getOrDefault(applicant.applicationId(), ""),
						messages, locale)
					.stream()
					.map(ApplicantCsv::cell)
					.toList());
			}
		}
	}

	private static List<String> row(Applicant applicant, String coverNote, MessageSource messages, Locale locale) {
		ProfileSummary profile = applicant.profile();
		List<String> cells = new ArrayList<>();
		// while a blind review hides them, the name column has their alias, as the pages do
		cells.add(applicant.row().hidden()
				? messages.getMessage("applications.blind.alias", new Object[] { applicant.row().alias() }, locale)
				: applicant.row().name());
		cells.add(applicant.row().email());
		cells.add(messages.getMessage(applicant.row().stage().messageKey(), null, locale));
		cells.add(TIME.format(applicant.row().appliedAt()));
		cells.add((profile == null) ? "" : profile.headline());
		cells.add((profile == null || profile.country() == null) ? "" : profile.country());
		cells.add((profile == null) ? "" : profile.city());
		cells.add((profile == null || profile.yearsOfExperience() == null) ? ""
				: profile.yearsOfExperience().toString());
		cells.add(String.join(", ", applicant.matchedSkills()));
		cells.add((profile == null) ? "" : String.join(", ", profile.skills()));
		cells.add((profile == null) ? "" : Integer.toString(profile.publications().publications()));
		cells.add((profile == null) ? "" : Long.toString(profile.publications().totalCitations()));
		cells.add((profile == null) ? "" : Integer.toString(profile.publications().hIndex()));
		for (ProfileLinks.Site site : LINK_COLUMNS) {
			cells.add((profile == null) ? "" : profile.links().getOrDefault(site, ""));
		}
		cells.add(coverNote);
		return cells;
	}

	/** The links the export has columns for (its header names them), in their order. */
	private static final java.util.List<ProfileLinks.Site> LINK_COLUMNS = java.util.List.of(ProfileLinks.Site.GITHUB,
			ProfileLinks.Site.SCHOLAR, ProfileLinks.Site.HUGGING_FACE, ProfileLinks.Site.LINKEDIN, ProfileLinks.Site.WEBSITE);

	/**
	 * The value as a spreadsheet will show it and never run it (see {@link SpreadsheetCells#neutralise}).
	 */
	static String cell(String value) {
		return SpreadsheetCells.neutralise(value);
	}

}
