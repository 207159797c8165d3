package ai.slope.jobs.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.Role;
import ai.slope.accounts.SignedInUser;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobPostingRepository;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.Slugs;
import ai.slope.jobs.JobSort;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.JobSearch;
import ai.slope.web.PageCache;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.VisitorPage;
import ai.slope.web.SiteAddress;
import ai.slope.jobs.JobSearchResult;
import ai.slope.jobs.PostingActivity;
import ai.slope.jobs.SavedPostings;
import ai.slope.jobs.PostingViews;
import ai.slope.jobs.ProgramTerms;
import ai.slope.web.Formats;
import ai.slope.web.MarkdownRenderer;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryStats;

/**
 * The search pages ({@code /jobs}, and {@code /programs}: the same search of programs only) and a posting's page, which says where its pay sits among the approved salary records of its
 * role type, level and country when that group has enough of them.
 */
@Controller
class JobPageController {

	private static final String SEARCH_VIEW = "jobs/search";

	private static final String SEARCH_FRAGMENT = "jobs/search :: search";

	private static final String DETAIL_VIEW = "jobs/detail";

	private final JobSearch search;

	private final SearchParameters parameters;

	private final SearchView searchView;

	private final JobPostingRepository postings;

	private final MarkdownRenderer markdown;

	private final JobPostingJsonLd jsonLd;

	private final Clock clock;

	private final PostingActivity activity;

	private final SalaryStats salaries;

	private final SiteAddress site;

	private final PostingViews views;

	private final SavedPostings saved;

	JobPageController(JobSearch search, SearchParameters parameters, SearchView searchView,
			JobPostingRepository postings, MarkdownRenderer markdown, JobPostingJsonLd jsonLd, Clock clock,
			ObjectProvider<PostingActivity> activity, SalaryStats salaries, SiteAddress site, PostingViews views,
			ObjectProvider<SavedPostings> saved) {
		this.views = views;
		this.saved = saved.getIfAvailable(() -> (accountId, postingId) -> false);
		this.salaries = salaries;
		this.site = site;
		this.activity = activity.getIfAvailable(NoActivity::new);
		this.search = search;
		this.parameters = parameters;
		this.searchView = searchView;
		this.postings = postings;
		this.markdown = markdown;
		this.jsonLd = jsonLd;
		this.clock = clock;
	}

	@GetMapping("/jobs")
	@VisitorPage
	String showSearch(@ModelAttribute("form") JobSearchForm form, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response) {
		SearchParameters.Parsed parsed = this.parameters.parse(form, JobQuery.DEFAULT_SIZE);
		return search(parsed.query(), parsed.errors(), false, model, locale, htmx, historyRestore, response);
	}

	/**
	 * Open programs, filtered as {@code /jobs} is, the program whose applications close soonest first: the same
	 * search of the program kinds chosen (all of them when none is; a job asked for here is left out).
	 */
	@GetMapping("/programs")
	@VisitorPage
	String showPrograms(@ModelAttribute("form") JobSearchForm form, Model model, Locale locale,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response) {
		SearchParameters.Parsed parsed = this.parameters.parse(form, JobQuery.DEFAULT_SIZE);
		return search(programs(parsed.query()), parsed.errors(), true, model, locale, htmx, historyRestore, response);
	}

	/**
	 * A search as {@code /programs} runs it: of the program kinds asked for (all when none, or only a job, is),
	 * deadline soonest first unless another order is asked for.
	 */
	static JobQuery programs(JobQuery query) {
		Set<OpeningType> kinds = query.openingTypes()
			.stream()
			.filter(OpeningType::isProgram)
			.collect(Collectors.toUnmodifiableSet());
		JobQuery programs = query.withOpeningTypes(kinds.isEmpty() ? JobQuery.PROGRAMS : kinds);
		return (programs.sort() == null) ? programs.withSort(JobSort.DEADLINE) : programs;
	}

	private String search(JobQuery query, List<FieldError> parseErrors, boolean programs, Model model, Locale locale,
			String htmx, String historyRestore, HttpServletResponse response) {
		List<FieldError> errors = new ArrayList<>(parseErrors);
		JobSearchResult result = this.search.search(query);
		if (result.isPastLastPage() && result.total() > 0) {
			errors.add(SearchParameters.error("page", "search.error.page.past-end", query.page(),
					result.totalPages()));
		}
		this.searchView.fill(model, query, result, errors, locale, programs);
		response.setHeader("Vary", "HX-Request");
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		boolean fragment = htmx != null && historyRestore == null;
		model.addAttribute("htmx", fragment);
		if (fragment) {
			response.setHeader("HX-Push-Url", SearchView.links(result.query(), programs).page(result.query().page()));
			return SEARCH_FRAGMENT;
		}
		return SEARCH_VIEW;
	}

	@GetMapping("/jobs/{id:\\d+}")
	String redirectToCanonical(@PathVariable long id) {
		JobPosting job = shownJob(id);
		return "redirect:" + Slugs.path(job.getId(), job.getSlug());
	}

	@GetMapping("/jobs/{id:\\d+}-{slug}")
	@VisitorPage
	String showJob(@PathVariable long id, @PathVariable String slug, @CurrentUser SignedInUser user, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		JobPosting job = shownJob(id);
		if (!job.getSlug().equals(slug)) {
			return "redirect:" + Slugs.path(job.getId(), job.getSlug());
		}
		// an ended posting keeps its page for those who follow a link, but is gone for search engines
		boolean ended = !job.isLive(this.clock.instant());
		if (ended) {
			response.setStatus(HttpStatus.GONE.value());
		}
		else {
			PageCache.onEveryView(request, () -> this.views.count(id));
		}
		String base = this.site.base();
		String pageUrl = base + Slugs.path(job.getId(), job.getSlug());
		model.addAttribute("job", job);
		model.addAttribute("roleName", job.getRoleType().name(locale));
		model.addAttribute("descriptionHtml", this.markdown.toSafeHtml(job.getDescription()));
		model.addAttribute("summary", this.markdown.toPlainText(job.getDescription(), 200));
		model.addAttribute("pageUrl", pageUrl);
		model.addAttribute("ended", ended);
		model.addAttribute("jsonLd", ended ? null
				: this.jsonLd.of(job, pageUrl, base + "/companies/" + job.getCompany().getSlug(), locale));
		ProgramTerms program = job.getProgramTerms();
		model.addAttribute("program", program);
		if (program != null) {
			model.addAttribute("daysLeft", ProgramTerms.daysLeft(program.applicationDeadline(), this.clock.instant()));
			model.addAttribute("deadlineDay", Formats.dateOf(program.applicationDeadline(), locale));
			model.addAttribute("cohortDay", Formats.dateOf(program.cohortStart(), locale));
			model.addAttribute("eligibilityHtml",
					(program.eligibility() == null) ? null : this.markdown.toSafeHtml(program.eligibility()));
		}
		model.addAttribute("similar", this.search.similarTo(job, 4));
		model.addAttribute("salaryPosition", (job.getSeniority() == null) ? null
				: this.salaries
					.position(job.getRoleType().getSlug(), ExperienceLevel.of(job.getSeniority()), job.getCountry(),
							job.getSalaryMinUsd(), job.getSalaryMaxUsd())
					.orElse(null));
		model.addAttribute("salaryLevel", (job.getSeniority() == null) ? null : ExperienceLevel.of(job.getSeniority()));
		model.addAttribute("applied", (user == null || !user.hasRole(Role.SEEKER)) ? null
				: this.activity.appliedBy(user.getId(), job.getId()).orElse(null));
		model.addAttribute("saved",
				user != null && user.hasRole(Role.SEEKER) && this.saved.isSaved(user.getId(), job.getId()));
		return DETAIL_VIEW;
	}

	/**
	 * A live posting, or one that has ended (its page says so); a draft, one in review and a rejected one are not
	 * found, as in the saved-job paths, so that walking the ids reveals no unpublished title.
	 */
	private JobPosting shownJob(long id) {
		return this.postings.findWithCompanyAndRole(id)
			.filter(job -> job.isLive(this.clock.instant()) || job.hasEnded(this.clock.instant()))
			.orElseThrow(() -> new PageNotFoundException());
	}

}
