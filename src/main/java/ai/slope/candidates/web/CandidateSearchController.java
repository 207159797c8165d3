package ai.slope.candidates.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.candidates.BlindProfiles;
import ai.slope.candidates.CandidateSearch;
import ai.slope.candidates.CandidateSearchRefusedException;
import ai.slope.candidates.CandidateSearchResult;
import ai.slope.candidates.Achievements;
import ai.slope.candidates.CareerPositions;
import ai.slope.candidates.OpenSource;
import ai.slope.candidates.ProfileViews;
import ai.slope.candidates.TopVenues;
import ai.slope.candidates.SavedCandidateSearch;
import ai.slope.candidates.SavedCandidateSearches;
import ai.slope.jobs.JobStatus;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.web.Countries;
import ai.slope.web.InvalidInputException;
import ai.slope.web.Pages;

/**
 * The recruiter search pages: search discoverable candidates with filters and see why each matched, read one
 * candidate's profile (each view is logged for the candidate), save searches, and rank candidates against one of
 * the company's postings. For recruiters of verified companies; others get a page that says why not.
 */
@Controller
class CandidateSearchController {

	static final String SEARCH_PATH = "/recruiter/candidates";

	private final CandidateSearch search;

	private final CandidateSearchParameters parameters;

	private final SavedCandidateSearches savedSearches;

	private final ProfileViews views;

	private final Postings postings;

	private final RoleTaxonomy roles;

	private final MessageSource messages;

	private final Clock clock;

	private final Countries countries;

	private final TopVenues venues;

	private final CareerPositions positions;

	private final Achievements achievements;

	private final OpenSource openSource;

	private final BlindProfiles aliases;

	CandidateSearchController(CandidateSearch search, CandidateSearchParameters parameters,
			SavedCandidateSearches savedSearches, ProfileViews views, Postings postings, RoleTaxonomy roles,
			MessageSource messages, Countries countries, TopVenues venues, CareerPositions positions,
			Achievements achievements, OpenSource openSource, BlindProfiles aliases, Clock clock) {
		this.aliases = aliases;
		this.venues = venues;
		this.positions = positions;
		this.achievements = achievements;
		this.openSource = openSource;
		this.countries = countries;
		this.messages = messages;
		this.search = search;
		this.parameters = parameters;
		this.savedSearches = savedSearches;
		this.views = views;
		this.postings = postings;
		this.roles = roles;
		this.clock = clock;
	}

	@GetMapping(SEARCH_PATH)
	String search(@CurrentUser SignedInUser user, @ModelAttribute("search") CandidateSearchForm form, Model model,
			Locale locale) {
		CandidateSearchParameters.Parsed parsed = this.parameters.parse(form);
		CandidateSearchResult result = this.search.search(user.getId(), parsed.query());
		String queryString = form.toLinkQuery();
		addResult(model, result, SEARCH_PATH + (queryString.isEmpty() ? "" : "?" + queryString), locale);
		addBlind(model, form.isBlindOn(), result);
		model.addAttribute("errors", messages(parsed, locale));
		model.addAttribute("queryString", queryString);
		model.addAttribute("savedSearches", this.savedSearches.of(user.getId()));
		model.addAttribute("maxSavedSearches", SavedCandidateSearches.MAX_SEARCHES);
		addChoices(model, locale);
		return "candidates/search";
	}

	@GetMapping("/recruiter/postings/{postingId}/candidates")
	String matchPosting(@CurrentUser SignedInUser user, @PathVariable("postingId") long id,
			@ModelAttribute("search") CandidateSearchForm form, Model model, Locale locale) {
		PostingView posting = this.search.posting(user.getId(), id);
		form.setQ(null);
		form.setMust(null);
		form.setNice(null);
		CandidateSearchParameters.Parsed parsed = this.parameters.parse(form);
		CandidateSearchResult result = this.search.matchPosting(user.getId(), id, parsed.query());
		String path = "/recruiter/postings/" + id + "/candidates";
		String queryString = form.toLinkQuery();
		addResult(model, result, path + (queryString.isEmpty() ? "" : "?" + queryString), locale);
		addBlind(model, form.isBlindOn(), result);
		model.addAttribute("posting", posting);
		model.addAttribute("researchRole", this.search.isResearchRole(posting.roleTypeId()));
		model.addAttribute("errors", messages(parsed, locale));
		model.addAttribute("formAction", path);
		addChoices(model, locale);
		return "candidates/match";
	}

	/**
	 * A candidate's page; with {@code blind=1} (the links of a blind search), as the blind search shows them: their
	 * alias, no name, city, links, company names or repository addresses (docs/candidates.md, "Blind search").
	 */
	@GetMapping(SEARCH_PATH + "/{candidateId}")
	String candidate(@CurrentUser SignedInUser user, @PathVariable("candidateId") long id,
			@RequestParam(name = "blind", required = false) String blind, Model model, Locale locale) {
		ProfileViews.CandidateView view = this.views.view(user.getId(), id);
		model.addAttribute("candidate", view);
		boolean blindOn = CandidateSearchForm.isOn(blind);
		model.addAttribute("blind", blindOn);
		model.addAttribute("blindView", blindOn ? BlindCandidate.of(this.aliases, view.profile(), view.name()) : null);
		model.addAttribute("venueBadges", this.venues.badges(view.publications()));
		model.addAttribute("positions", this.positions.of(id));
		model.addAttribute("growth", this.positions.growth(id).orElse(null));
		model.addAttribute("achievements", this.achievements.of(id));
		model.addAttribute("researchSites", ai.slope.candidates.ProfileLinks.Site.RESEARCH);
		model.addAttribute("repositories", this.openSource.of(id));
		model.addAttribute("roleNames", roleNames(locale));
		model.addAttribute("openPostings", this.postings
			.viewsOfCompany(view.viewer().getId(), null, JobStatus.PUBLISHED,
					PageRequest.of(0, 200, Sort.by(Sort.Direction.DESC, "publishedAt")))
			.stream()
			.filter(PostingView::inAppApply)
			.filter(posting -> posting.isLive(this.clock.instant()))
			.toList());
		return "candidates/candidate";
	}

	@PostMapping(SEARCH_PATH + "/saved")
	String saveSearch(@CurrentUser SignedInUser user, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		String back = "redirect:" + searchLink(query);
		try {
			SavedCandidateSearch saved = this.savedSearches.save(user.getId(), name, query);
			redirect.addFlashAttribute("savedSearchDone", saved.getName());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("savedSearchProblems",
					ex.getProblems().stream().map(Forms::message).toList());
			redirect.addFlashAttribute("savedSearchName", name);
		}
		return back;
	}

	@GetMapping(SEARCH_PATH + "/saved/{savedId}")
	String runSavedSearch(@CurrentUser SignedInUser user, @PathVariable long savedId) {
		SavedCandidateSearch saved = savedSearch(user, savedId);
		return "redirect:" + searchLink(saved.getQuery());
	}

	/**
	 * The search page with a saved query string, each parameter decoded and encoded again: the query is what a
	 * person sent, so it is data, never a URI template (a {@code {x}} in it would otherwise be taken for a
	 * variable to fill in, and fail).
	 */
	static String searchLink(String query) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(SEARCH_PATH);
		if (query != null && !query.isBlank()) {
			UriComponentsBuilder.fromUriString("?" + query.strip())
				.build()
				.getQueryParams()
				.forEach((name, values) -> link.queryParam(decoded(name),
						values.stream().map(value -> (value != null) ? decoded(value) : null).toArray()));
		}
		return link.build().encode().toUriString();
	}

	private static String decoded(String text) {
		try {
			return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	@GetMapping(SEARCH_PATH + "/saved/{savedId}/delete")
	String confirmDelete(@CurrentUser SignedInUser user, @PathVariable long savedId, Model model) {
		model.addAttribute("saved", savedSearch(user, savedId));
		return "candidates/saved-delete";
	}

	@PostMapping(SEARCH_PATH + "/saved/{savedId}/delete")
	String delete(@CurrentUser SignedInUser user, @PathVariable long savedId, RedirectAttributes redirect) {
		SavedCandidateSearch saved = savedSearch(user, savedId);
		this.savedSearches.delete(user.getId(), saved.getId());
		redirect.addFlashAttribute("savedSearchDeleted", saved.getName());
		return "redirect:" + SEARCH_PATH;
	}

	private SavedCandidateSearch savedSearch(SignedInUser user, long savedId) {
		return this.savedSearches.find(user.getId(), savedId);
	}

	@ExceptionHandler(CandidateSearchRefusedException.class)
	ModelAndView refused(CandidateSearchRefusedException ex) {
		ModelAndView page = new ModelAndView("candidates/search-refused");
		page.setStatus(HttpStatus.FORBIDDEN);
		page.addObject("reason", ex.getReason());
		return page;
	}

	private void addResult(Model model, CandidateSearchResult result, String path, Locale locale) {
		model.addAttribute("result", result);
		model.addAttribute("pages", new Pages(path, result.query().page(), result.pages()));
		model.addAttribute("roleNames", roleNames(locale));
	}

	/**
	 * The blind switch for the results' template: {@code blind}, and {@code blindViews} (a {@link BlindCandidate} by
	 * account id) when it is on.
	 */
	private void addBlind(Model model, boolean blind, CandidateSearchResult result) {
		model.addAttribute("blind", blind);
		model.addAttribute("blindViews", blind ? BlindCandidate.of(this.aliases, result.hits()) : Map.of());
	}

	private List<String> messages(CandidateSearchParameters.Parsed parsed, Locale locale) {
		return parsed.errors().stream().map(error -> this.messages.getMessage(error, locale)).toList();
	}

	private void addChoices(Model model, Locale locale) {
		model.addAttribute("roleTypes", this.roles.roleTypes());
		model.addAttribute("seniorities", Seniority.values());
		model.addAttribute("countries", this.countries.choices(locale));
		model.addAttribute("achievementKinds", ai.slope.candidates.AchievementKind.values());
		model.addAttribute("venueFields", ai.slope.candidates.VenueField.values());
		model.addAttribute("linkChoices", List.of("github", "scholar", "huggingface", "aminer", "openreview", "orcid", "dblp",
				"semanticscholar"));
	}

	private Map<Long, String> roleNames(Locale locale) {
		return this.roles.roleTypes()
			.stream()
			.collect(Collectors.toMap(RoleType::getId, role -> role.name(locale), (a, b) -> a));
	}

}
