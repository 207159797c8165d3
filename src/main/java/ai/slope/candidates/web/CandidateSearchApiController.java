package ai.slope.candidates.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.candidates.BlindProfiles;
import ai.slope.candidates.CandidateHit;
import ai.slope.candidates.CandidateProfile;
import ai.slope.candidates.CareerGrowth;
import ai.slope.candidates.CandidateRanking;
import ai.slope.candidates.CandidateSearch;
import ai.slope.candidates.CandidateSearchRefusedException;
import ai.slope.candidates.CandidateSearchResult;
import ai.slope.candidates.MatchExplanation;
import ai.slope.web.BadRequestException;

/**
 * The recruiter search as JSON: {@code POST /api/v1/candidates/search} with the search page's parameters as a JSON
 * object. For logged-in recruiters of verified companies (401 without a login, 403 for anyone else); bad values
 * answer 400 with one problem per parameter. Contact details are never in the answer.
 */
@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Candidate search", description = "Discoverable candidates, for recruiters of verified companies")
class CandidateSearchApiController {

	private final CandidateSearch search;

	private final CandidateSearchParameters parameters;

	private final MessageSource messages;

	private final BlindProfiles aliases;

	CandidateSearchApiController(CandidateSearch search, CandidateSearchParameters parameters, MessageSource messages,
			BlindProfiles aliases) {
		this.aliases = aliases;
		this.search = search;
		this.parameters = parameters;
		this.messages = messages;
	}

	@PostMapping("/search")
	@Operation(summary = "Search discoverable candidates: keywords (AND, OR, NOT, phrases, parentheses), must and "
			+ "nice skills, filters; each result says why it matched")
	SearchPage searchCandidates(@CurrentUser SignedInUser user, @RequestBody(required = false) CandidateSearchForm form,
			Locale locale) {
		CandidateSearchForm search = (form != null) ? form : new CandidateSearchForm();
		CandidateSearchParameters.Parsed parsed = this.parameters.parse(search);
		if (parsed.hasErrors()) {
			throw new BadRequestException(parsed.errors());
		}
		CandidateSearchResult result = this.search.search(user.getId(), parsed.query());
		boolean blind = search.isBlindOn();
		return new SearchPage(result.total(), result.query().page(), result.query().size(), result.pages(), blind,
				result.hits()
					.stream()
					.map(hit -> blind ? blind(item(hit, growth(hit.growth(), locale)),
							BlindCandidate.of(this.aliases, hit.profile(), hit.name()))
							: item(hit, growth(hit.growth(), locale)))
					.toList());
	}

	@ExceptionHandler(CandidateSearchRefusedException.class)
	ProblemDetail refused(CandidateSearchRefusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				(ex.getReason() == CandidateSearchRefusedException.Reason.NO_COMPANY)
						? "Only recruiters of a verified company can search candidates; you belong to no company"
						: "Only recruiters of a verified company can search candidates; yours is not verified yet");
		problem.setType(URI.create("https://slope.ai/problems/candidate-search-refused"));
		problem.setProperty("reason", ex.getReason().name());
		return problem;
	}

	/**
	 * The growth figures, each with how it was computed in the reader's language (Accept-Language), or null.
	 */
	private Growth growth(CareerGrowth growth, Locale locale) {
		if (growth == null) {
			return null;
		}
		return new Growth(growth.firstStart().toString(), growth.startLevel().name(), growth.peakLevel().name(),
				growth.peakReached().toString(), growth.levelsClimbed(),
				new Figure(growth.levelsPerYear(), this.messages.getMessage(growth.levelsPerYearHow(), locale)),
				new Figure(growth.monthsToSenior(), this.messages.getMessage(growth.timeToSeniorHow(), locale)),
				growth.current());
	}

	private static Candidate item(CandidateHit hit, Growth growth) {
		CandidateProfile profile = hit.profile();
		MatchExplanation why = hit.why();
		return new Candidate(hit.accountId(), null, hit.name(), profile.getHeadline(), profile.getCountry(), profile.getCity(),
				profile.getYearsOfExperience(), profile.isOpenToRemote(), profile.isOpenToRelocation(),
				profile.getSkills().stream().map(skill -> skill.display()).toList(), hit.metrics().publications(),
				hit.metrics().totalCitations(), hit.metrics().hIndex(), profile.getGithubUrl(), profile.getScholarUrl(),
				profile.getHuggingFaceUrl(), hit.score(),
				new Why(why.terms().stream()
					.map(term -> new Term(term.term(), term.fields().stream().map(Enum::name).toList()))
					.toList(), why.mustSkills(), why.niceSkills(), why.missingNiceSkills(),
						why.signals().stream().map(CandidateSearchApiController::signal).toList(),
						topVenuePapers(why.topVenuePapers())),
				growth, "/recruiter/candidates/" + hit.accountId());
	}

	/**
	 * The result as a blind search shows it: the alias, no name, city or links, the headline without the name and
	 * contact details, and the page's link keeps it blind.
	 */
	private static Candidate blind(Candidate c, BlindCandidate shown) {
		return new Candidate(c.id(), shown.alias(), null, shown.headline(), c.country(), null, c.yearsOfExperience(),
				c.openToRemote(), c.openToRelocation(), c.skills(), c.publications(), c.citations(), c.hIndex(), null,
				null, null, c.score(), c.why(), c.growth(), c.page() + "?blind=1");
	}

	private static Map<String, Object> signal(CandidateRanking.SignalCounted signal) {
		return signal.venues().isEmpty()
				? Map.of("signal", signal.signal().name(), "value", signal.value(), "weight", signal.weight())
				: Map.of("signal", signal.signal().name(), "value", signal.value(), "weight", signal.weight(), "venues",
						signal.venues());
	}

	private static TopVenuePapers topVenuePapers(ai.slope.candidates.TopVenuePapers.Found found) {
		if (found == null) {
			return null;
		}
		return new TopVenuePapers(found.count(), found.venues(), found.criteria().firstAuthor(), found.criteria().since(),
				(found.criteria().field() != null) ? found.criteria().field().name() : null);
	}

	/**
	 * @param blind whether the blind switch was on: then each result has its {@code alias}, and its name, city and
	 * links are null
	 */
	record SearchPage(long total, int page, int size, int pages, boolean blind, List<Candidate> results) {
	}

	/**
	 * A candidate as the API shows them: no e-mail, résumé, LinkedIn or personal site. In a blind search: the
	 * alias (such as {@code 7QX2M4}, "Candidate 7QX2M4" on the pages), and null name, city, GitHub, Scholar and
	 * Hugging Face.
	 */
	record Candidate(long id, String alias, String name, String headline, String country, String city, Integer yearsOfExperience,
			boolean openToRemote, boolean openToRelocation, List<String> skills, int publications, long citations,
			int hIndex, String github, String scholar, String huggingFace, float score, Why why, Growth growth,
			String page) {
	}

	/**
	 * How fast the career grew (docs/signals.md): levels are {@code Seniority} names, months {@code 2021-03}.
	 */
	record Growth(String firstStart, String startLevel, String peakLevel, String peakReached, int levelsClimbed,
			Figure levelsPerYear, Figure monthsToSenior, boolean current) {
	}

	/**
	 * A derived figure (null when it cannot be given) and how it was computed.
	 */
	record Figure(Number value, String how) {
	}

	record Why(List<Term> terms, List<String> mustSkills, List<String> niceSkills, List<String> missingNiceSkills,
			List<Map<String, Object>> signals, TopVenuePapers topVenuePapers) {
	}

	/**
	 * With the top-venue paper filter: how many of the result's papers it counted, at which venues (acronyms, the
	 * most papers first), and the filter's first-author, since and field (a {@code VenueField} name).
	 */
	record TopVenuePapers(int count, List<String> venues, boolean firstAuthor, Integer since, String field) {
	}

	record Term(String term, List<String> fields) {
	}

}
