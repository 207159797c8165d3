package ai.slope.candidates.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.candidates.CandidateHit;
import ai.slope.candidates.CandidateProfile;
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

	CandidateSearchApiController(CandidateSearch search, CandidateSearchParameters parameters) {
		this.search = search;
		this.parameters = parameters;
	}

	@PostMapping("/search")
	@Operation(summary = "Search discoverable candidates: keywords (AND, OR, NOT, phrases, parentheses), must and "
			+ "nice skills, filters; each result says why it matched")
	SearchPage searchCandidates(@CurrentUser SignedInUser user, @RequestBody(required = false) CandidateSearchForm form) {
		CandidateSearchParameters.Parsed parsed = this.parameters.parse((form != null) ? form : new CandidateSearchForm());
		if (parsed.hasErrors()) {
			throw new BadRequestException(parsed.errors());
		}
		CandidateSearchResult result = this.search.search(user.getId(), parsed.query());
		return new SearchPage(result.total(), result.query().page(), result.query().size(), result.pages(),
				result.hits().stream().map(CandidateSearchApiController::item).toList());
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

	private static Candidate item(CandidateHit hit) {
		CandidateProfile profile = hit.profile();
		MatchExplanation why = hit.why();
		return new Candidate(hit.accountId(), hit.name(), profile.getHeadline(), profile.getCountry(), profile.getCity(),
				profile.getYearsOfExperience(), profile.isOpenToRemote(), profile.isOpenToRelocation(),
				profile.getSkills().stream().map(skill -> skill.display()).toList(), hit.metrics().publications(),
				hit.metrics().totalCitations(), hit.metrics().hIndex(), profile.getGithubUrl(), profile.getScholarUrl(),
				profile.getHuggingFaceUrl(), hit.score(),
				new Why(why.terms().stream()
					.map(term -> new Term(term.term(), term.fields().stream().map(Enum::name).toList()))
					.toList(), why.mustSkills(), why.niceSkills(), why.missingNiceSkills(),
						why.signals().stream().map(CandidateSearchApiController::signal).toList()),
				"/recruiter/candidates/" + hit.accountId());
	}

	private static Map<String, Object> signal(CandidateRanking.SignalCounted signal) {
		return Map.of("signal", signal.signal().name(), "value", signal.value(), "weight", signal.weight());
	}

	record SearchPage(long total, int page, int size, int pages, List<Candidate> results) {
	}

	/**
	 * A candidate as the API shows them: no e-mail, résumé, LinkedIn or personal site.
	 */
	record Candidate(long id, String name, String headline, String country, String city, Integer yearsOfExperience,
			boolean openToRemote, boolean openToRelocation, List<String> skills, int publications, long citations,
			int hIndex, String github, String scholar, String huggingFace, float score, Why why, String page) {
	}

	record Why(List<Term> terms, List<String> mustSkills, List<String> niceSkills, List<String> missingNiceSkills,
			List<Map<String, Object>> signals) {
	}

	record Term(String term, List<String> fields) {
	}

}
