package ai.slope.applications.web;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.applications.Applications;
import ai.slope.applications.MyApplication;
import ai.slope.applications.Sourcing;
import ai.slope.candidates.Resumes;
import ai.slope.web.Downloads;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * The seeker's own applications: the list with each one's stage, one with its history, and withdrawing it (after
 * a confirmation); above them the invitations from companies, which they accept or decline (after a confirmation). Only job seekers reach {@code /applications/**}; each sees their own.
 */
@Controller
@RequestMapping("/applications")
class MyApplicationsController {

	static final int PAGE_SIZE = 20;

	private final Applications applications;

	private final Sourcing sourcing;

	private final Clock clock;

	MyApplicationsController(Applications applications, Sourcing sourcing, Clock clock) {
		this.applications = applications;
		this.sourcing = sourcing;
		this.clock = clock;
	}

	@GetMapping
	String listApplications(@CurrentUser SignedInUser user,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		int number = Pages.existing(page);
		Page<MyApplication> mine = this.applications.mine(user.getId(), PageRequest.of(number - 1, PAGE_SIZE));
		if (number > 1 && number > mine.getTotalPages()) {
			throw new PageNotFoundException();
		}
		model.addAttribute("applications", mine);
		model.addAttribute("invitations", (number == 1) ? this.applications.invitations(user.getId()) : List.of());
		model.addAttribute("now", this.clock.instant());
		return "applications/mine";
	}

	@GetMapping("/{id:\\d{1,18}}")
	String showApplication(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("myApplication", this.applications.mine(user.getId(), id));
		model.addAttribute("history", this.applications.history(user.getId(), id));
		model.addAttribute("sent", this.applications.sent(user.getId(), id));
		model.addAttribute("now", this.clock.instant());
		return "applications/application";
	}

	@GetMapping("/{id:\\d{1,18}}/resume")
	ResponseEntity<byte[]> downloadMyResume(@CurrentUser SignedInUser user, @PathVariable long id) {
		Resumes.ResumeFile resume = this.applications.myResume(user.getId(), id);
		return Downloads.attachment(resume.fileName(), MediaType.APPLICATION_PDF, resume.bytes());
	}

	@GetMapping("/{id:\\d{1,18}}/withdraw")
	String confirmWithdrawal(@CurrentUser SignedInUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		MyApplication application = this.applications.mine(user.getId(), id);
		if (application.isInvitation()) {
			return "redirect:/applications/" + id + "/decline";
		}
		if (!application.stage().isOpen()) {
			redirect.addFlashAttribute("notice", "applications.withdraw.final");
			return "redirect:/applications/" + id;
		}
		model.addAttribute("myApplication", application);
		return "applications/withdraw";
	}

	@PostMapping("/{id:\\d{1,18}}/withdraw")
	String withdraw(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		boolean withdrawn = this.applications.withdraw(user.getId(), id);
		redirect.addFlashAttribute("notice", withdrawn ? "applications.withdrawn" : "applications.withdraw.final");
		return "redirect:/applications/" + id;
	}

	@PostMapping("/{id:\\d{1,18}}/accept")
	String acceptInvitation(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", this.sourcing.accept(user.getId(), id).messageKey());
		return "redirect:/applications/" + id;
	}

	@GetMapping("/{id:\\d{1,18}}/decline")
	String confirmDecline(@CurrentUser SignedInUser user, @PathVariable long id, Model model,
			RedirectAttributes redirect) {
		MyApplication invitation = this.applications.mine(user.getId(), id);
		if (!invitation.isInvitation()) {
			redirect.addFlashAttribute("notice", "applications.invitation.not-waiting");
			return "redirect:/applications/" + id;
		}
		model.addAttribute("myApplication", invitation);
		return "applications/decline";
	}

	@PostMapping("/{id:\\d{1,18}}/decline")
	String declineInvitation(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", this.sourcing.decline(user.getId(), id).messageKey());
		return "redirect:/applications/" + id;
	}

}
