package ai.slope.candidates.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.candidates.Resumes;
import ai.slope.web.Downloads;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;

/**
 * The résumé on the seeker's own profile: upload (or replace), download, remove after a confirmation. A
 * download is always an attachment of type {@code application/pdf} with {@code nosniff}, so that no browser
 * opens it as anything else inside Slope; another seeker's résumé answers 404.
 */
@Controller
@RequestMapping("/profile/resume")
class ResumeController {

	static final String REMOVE_VIEW = "candidates/resume-remove";

	private static final String REDIRECT = "redirect:/profile#resume";

	private final Resumes resumes;

	ResumeController(Resumes resumes) {
		this.resumes = resumes;
	}

	@PostMapping
	String upload(@CurrentUser SignedInUser user, @RequestParam(name = "resume", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			this.resumes.replace(user.getId(), (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getBytes() : new byte[0]);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("resumeError", Forms.message(ex.getProblems().get(0)));
			return REDIRECT;
		}
		redirect.addFlashAttribute("notice", "candidates.resume.saved");
		return REDIRECT;
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@CurrentUser SignedInUser user, @PathVariable long id) {
		Resumes.ResumeFile resume = this.resumes.download(user.getId(), id)
			.orElseThrow(PageNotFoundException::new);
		return Downloads.attachment(resume.fileName(), MediaType.APPLICATION_PDF, resume.bytes());
	}

	@GetMapping("/remove")
	String confirmRemoval(@CurrentUser SignedInUser user, Model model) {
		model.addAttribute("resume", this.resumes.info(user.getId()).orElseThrow(PageNotFoundException::new));
		return REMOVE_VIEW;
	}

	@PostMapping("/remove")
	String remove(@CurrentUser SignedInUser user, RedirectAttributes redirect) {
		if (this.resumes.remove(user.getId())) {
			redirect.addFlashAttribute("notice", "candidates.resume.removed");
		}
		return REDIRECT;
	}

}
