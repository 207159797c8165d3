package ai.slope.alerts.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.alerts.SavedJobs;
import ai.slope.jobs.JobFormat;
import ai.slope.jobs.PostingCard;
import ai.slope.jobs.PostingCards;
import ai.slope.web.Formats;
import ai.slope.web.InputProblem;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * The seeker's saved jobs ({@code /saved}) and the save button of a posting's page. With htmx the button
 * posts and is replaced by its new state; without JavaScript the form posts and comes back to the posting.
 * A person who is not logged in follows {@code GET /saved/{id}} through the login to the posting's page.
 */
@Controller
@RequestMapping("/saved")
class SavedJobsController {

	static final String LIST_VIEW = "alerts/saved";

	static final String BUTTON_FRAGMENT = "alerts/fragments :: save-button";

	private static final String LIST = "/saved";

	private final SavedJobs savedJobs;

	private final PostingCards postings;

	private final Clock clock;

	private final JobFormat format;

	SavedJobsController(SavedJobs savedJobs, PostingCards postings, JobFormat format, Clock clock) {
		this.format = format;
		this.savedJobs = savedJobs;
		this.postings = postings;
		this.clock = clock;
	}

	@GetMapping
	String showSavedJobs(@CurrentUser SignedInUser user, @RequestParam(required = false) String page, Model model,
			Locale locale) {
		Page<SavedJobs.Item> items = this.savedJobs.page(user.getId(), Pages.number(page));
		Pages pages = Pages.of(LIST, items);
		if (items.isEmpty() && items.getTotalElements() > 0) {
			return "redirect:" + pages.link(pages.count());
		}
		Instant now = this.clock.instant();
		model.addAttribute("items", items.getContent().stream().map(item -> Row.of(item, locale, now, this.format)).toList());
		model.addAttribute("total", items.getTotalElements());
		model.addAttribute("pages", pages);
		model.addAttribute("maxSaved", SavedJobs.MAX_SAVED);
		return LIST_VIEW;
	}

	/**
	 * Where a person who was not logged in lands after the login: the posting, with its save button.
	 */
	@GetMapping("/{id:\\d{1,18}}")
	String showPosting(@PathVariable long id) {
		return this.postings.byId(id)
			.filter(card -> card.isLive(this.clock.instant()))
			.map(card -> "redirect:" + card.path() + "#save-job")
			.orElse("redirect:" + LIST);
	}

	@PostMapping("/{id:\\d{1,18}}")
	String save(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		PostingCard posting = visible(user, id);
		SavedJobs.Outcome outcome = this.savedJobs.save(user.getId(), id);
		String problem = switch (outcome) {
			case SAVED, ALREADY_SAVED -> null;
			case NOT_OPEN -> "alerts.saved.error.not-open";
			case TOO_MANY -> "alerts.saved.error.too-many";
		};
		if (htmx != null) {
			return button(model, posting.id(), outcome == SavedJobs.Outcome.SAVED
					|| outcome == SavedJobs.Outcome.ALREADY_SAVED, problem);
		}
		if (problem != null) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, problem, SavedJobs.MAX_SAVED));
			return "redirect:" + LIST;
		}
		return "redirect:" + posting.path() + "#save-job";
	}

	@PostMapping("/{id:\\d{1,18}}/remove")
	String unsave(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		PostingCard posting = visible(user, id);
		boolean removed = this.savedJobs.unsave(user.getId(), id);
		if (htmx != null && !"list".equals(from)) {
			return button(model, id, false, null);
		}
		if ("list".equals(from)) {
			if (removed) {
				redirect.addFlashAttribute("notice", "alerts.saved.removed");
				redirect.addFlashAttribute("noticeName", posting.title());
			}
			return "redirect:" + new Pages(LIST, 1, 1).link(Pages.number(page));
		}
		if (!posting.isLive(this.clock.instant())) {
			return "redirect:" + LIST;
		}
		return "redirect:" + posting.path() + "#save-job";
	}

	/**
	 * The posting, when the seeker may know of it: a live one, one that was on the board and closed or expired
	 * (the rule of the posting's own page), or one they saved; otherwise (a draft, one in review, a rejected one,
	 * one closed before it was ever published) 404 as for an unknown posting, so that walking the ids tells no one
	 * of another company's unpublished postings. The answers name a posting's page only while it is live (its slug
	 * is its title).
	 */
	private PostingCard visible(SignedInUser user, long id) {
		return this.postings.byId(id)
			.filter(card -> card.isLive(this.clock.instant()) || card.hasEnded(this.clock.instant())
					|| this.savedJobs.isSaved(user.getId(), id))
			.orElseThrow(PageNotFoundException::new);
	}

	private static String button(Model model, long postingId, boolean saved, String problem) {
		model.addAttribute("postingId", postingId);
		model.addAttribute("saved", saved);
		model.addAttribute("saveProblem", problem);
		model.addAttribute("maxSaved", SavedJobs.MAX_SAVED);
		return BUTTON_FRAGMENT;
	}

	/**
	 * A saved posting as the list shows it.
	 * @param linked whether its page exists: open, or ended (the page says it takes no more applications)
	 */
	record Row(PostingCard posting, boolean open, String closedReasonKey, String savedOn, String savedOnIso,
			String closesOn, boolean linked, String place, String pay, String annualUsd) {

		static Row of(SavedJobs.Item item, Locale locale, Instant now, JobFormat format) {
			PostingCard posting = item.posting();
			return new Row(posting, item.open(), item.open() ? null : item.closedReasonKey(),
					Formats.dateOf(item.savedAt(), locale), Formats.isoDayOf(item.savedAt()),
					item.open() ? Formats.dateOf(posting.expiresAt(), locale) : null,
					item.open() || posting.hasEnded(now), format.location(posting, locale),
					format.salary(posting, locale),
					format.needsUsd(posting.salaryCurrency(), posting.salaryPeriod())
							? format.annualUsd(posting.salaryMinUsd(), posting.salaryMaxUsd(), posting.salaryPeriod(),
									posting.employmentType(), locale)
							: null);
		}

	}

}
