package ai.slope.applications.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.applications.Application;
import ai.slope.applications.Applications;
import ai.slope.applications.ApplyClicks;
import ai.slope.applications.ApplyRefusedException;
import ai.slope.candidates.CandidateProfiles;
import ai.slope.candidates.PdfCheck;
import ai.slope.candidates.Resumes;
import ai.slope.jobs.JobFormat;
import ai.slope.jobs.PostingView;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * Applying: the form on a posting that takes applications in Slope (job seekers only), and the counted way out to
 * a posting's own apply page (anyone).
 */
@Controller
class ApplyController {

	static final String APPLY_VIEW = "applications/apply";

	private final Applications applications;

	private final ApplyClicks clicks;

	private final Resumes resumes;

	private final CandidateProfiles profiles;

	private final JobFormat format;

	ApplyController(Applications applications, ApplyClicks clicks, Resumes resumes, CandidateProfiles profiles,
			JobFormat format) {
		this.format = format;
		this.applications = applications;
		this.clicks = clicks;
		this.resumes = resumes;
		this.profiles = profiles;
	}

	@GetMapping("/jobs/{id:\\d{1,18}}/apply")
	String initApplyForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestParam(name = "resume", required = false) String resume, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		PostingView posting;
		try {
			posting = this.applications.target(user.getId(), id);
		}
		catch (ApplyRefusedException ex) {
			return Refusals.view(ex, response, redirect);
		}
		boolean hasResume = this.resumes.info(user.getId()).isPresent();
		ApplyForm form = new ApplyForm("", hasResume ? ApplyForm.PROFILE : ApplyForm.UPLOAD, null);
		if ("too-big".equals(resume)) {
			// sent here by ApplyUploadSizeFilter
			model.addAttribute("resumeError", new DefaultMessageSourceResolvable(
					new String[] { PdfCheck.Problem.TOO_BIG.messageKey() }, new Object[] { maxMegabytes() }));
			form = new ApplyForm("", ApplyForm.UPLOAD, null);
		}
		return form(user, posting, form, model);
	}

	@PostMapping("/jobs/{id:\\d{1,18}}/apply")
	String processApplyForm(@CurrentUser SignedInUser user, @PathVariable long id,
			@ModelAttribute("form") ApplyForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		MultipartFile resume = form.resume();
		// a file chosen is what they mean to send, whichever option is left ticked
		boolean useProfile = form.useProfileResume() && (resume == null || resume.isEmpty());
		byte[] bytes = (useProfile || resume == null) ? null : resume.getBytes();
		String fileName = (useProfile || resume == null) ? null : resume.getOriginalFilename();
		Application application;
		try {
			application = this.applications.apply(user.getId(), id,
					new Applications.ApplyInput(form.coverNote(), useProfile, fileName, bytes));
		}
		catch (ApplyRefusedException ex) {
			return Refusals.view(ex, response, redirect);
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return form(user, this.applications.target(user.getId(), id), form, model);
		}
		redirect.addFlashAttribute("notice", "applications.sent");
		return "redirect:/applications/" + application.getId();
	}

	/**
	 * Counts the click and sends the seeker to the posting's own apply page.
	 */
	@GetMapping("/jobs/{id:\\d{1,18}}/external-apply")
	String followApplyLink(@PathVariable long id, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			String url = this.clicks.click(id);
			response.setHeader("Referrer-Policy", "no-referrer");
			return "redirect:" + url;
		}
		catch (ApplyRefusedException ex) {
			return Refusals.view(ex, response, redirect);
		}
	}

	private String form(SignedInUser user, PostingView posting, ApplyForm form, Model model) {
		model.addAttribute("posting", posting);
		model.addAttribute("blindReview", this.applications.reviewsBlind(posting.id()));
		model.addAttribute("place", this.format.location(posting, LocaleContextHolder.getLocale()));
		model.addAttribute("form", form);
		model.addAttribute("profileResume", this.resumes.info(user.getId()).orElse(null));
		model.addAttribute("completeness", this.profiles.completeness(user.getId()));
		model.addAttribute("maxCoverNote", Applications.MAX_COVER_NOTE);
		model.addAttribute("maxResumeMegabytes", maxMegabytes());
		return APPLY_VIEW;
	}

	private static int maxMegabytes() {
		return PdfCheck.MAX_BYTES / (1024 * 1024);
	}

}
