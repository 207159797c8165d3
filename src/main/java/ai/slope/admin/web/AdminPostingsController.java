package ai.slope.admin.web;

import java.util.Locale;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.admin.PostingModeration;
import ai.slope.accounts.SignedInUser;
import ai.slope.jobs.JobFormat;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.PostingStateException;
import ai.slope.web.InvalidInputException;
import ai.slope.web.MarkdownRenderer;

/**
 * The queue of postings waiting for review, the longest waiting first, each with a preview as the public
 * page would show it: approve, or reject with a reason.
 */
@Controller
class AdminPostingsController {

	private static final String QUEUE_VIEW = "admin/postings";

	static final int PAGE_SIZE = 10;

	private final PostingModeration moderation;

	private final MarkdownRenderer markdown;

	private final JobFormat format;

	AdminPostingsController(PostingModeration moderation, MarkdownRenderer markdown, JobFormat format) {
		this.moderation = moderation;
		this.markdown = markdown;
		this.format = format;
	}

	@GetMapping("/admin/postings")
	String showQueue(@RequestParam(defaultValue = "1") String page, Model model, Locale locale) {
		int number = ai.slope.web.Pages.number(page);
		Page<PostingView> queue = this.moderation.queue(PageRequest.of(number - 1, PAGE_SIZE));
		model.addAttribute("queue", queue);
		model.addAttribute("page", number);
		model.addAttribute("previews", queue.getContent().stream().map(p -> this.markdown.toSafeHtml(p.description())).toList());
		model.addAttribute("places", queue.getContent().stream().map(p -> this.format.location(p, locale)).toList());
		model.addAttribute("pay", queue.getContent().stream().map(p -> this.format.salary(p, locale)).toList());
		return QUEUE_VIEW;
	}

	@PostMapping("/admin/postings/{id}/approve")
	String approve(@CurrentUser SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.moderation.approve(admin.getId(), id);
			redirect.addFlashAttribute("notice", "postings.admin.approved");
		}
		catch (InvalidInputException ex) {
			// a program whose deadline passed while it waited: its recruiters move the deadline first
			redirect.addFlashAttribute("problem", ex.getProblems().get(0));
		}
		return "redirect:/admin/postings";
	}

	@PostMapping("/admin/postings/{id}/reject")
	String reject(@CurrentUser SignedInUser admin, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.moderation.reject(admin.getId(), id, reason);
			redirect.addFlashAttribute("notice", "postings.admin.rejected");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getProblems().get(0));
			redirect.addFlashAttribute("problemPosting", id);
		}
		return "redirect:/admin/postings";
	}

	@ExceptionHandler(PostingStateException.class)
	String alreadyDecided(RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "postings.admin.already-decided");
		return "redirect:/admin/postings";
	}

}
