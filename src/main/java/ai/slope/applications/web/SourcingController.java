package ai.slope.applications.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.applications.Sourcing;
import ai.slope.applications.SourcingRefusedException;
import ai.slope.candidates.BlindProfiles;
import ai.slope.jobs.PostingView;

/**
 * A recruiter invites a candidate to one of their postings from the candidate's page
 * ({@code /recruiter/candidates/{id}}, in the candidates module), and is sent back there with the outcome as a
 * message already in their language: the flash attribute {@value #DONE} after an invitation, {@value #PROBLEM}
 * with the reason when there is none (and {@value #NOTE}, the note as typed). A posting of another company answers 404, as in the pipeline.
 */
@Controller
class SourcingController {

	/** The flash attribute with the sentence that says the candidate was invited. */
	static final String DONE = "sourcingDone";

	/** The flash attribute with the sentence that says why the candidate was not invited. */
	static final String PROBLEM = "sourcingProblem";

	/** The flash attribute with the note as it was sent, after a refusal, for the form to show again. */
	static final String NOTE = "sourcingNote";

	private final Sourcing sourcing;

	private final MessageSource messages;

	private final BlindProfiles aliases;

	SourcingController(Sourcing sourcing, MessageSource messages, BlindProfiles aliases) {
		this.sourcing = sourcing;
		this.messages = messages;
		this.aliases = aliases;
	}

	@PostMapping("/recruiter/postings/{postingId:\\d{1,18}}/sourced")
	String inviteToPosting(@CurrentUser SignedInUser user, @PathVariable long postingId,
			@RequestParam(name = "candidate", required = false) String candidate,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "blind", required = false) String blind, Locale locale, RedirectAttributes redirect) {
		return invite(user, Long.toString(postingId), candidate, note, blind, locale, redirect);
	}

	/**
	 * The same, for a form that chooses the posting in a list ({@code posting}). From a candidate's page opened
	 * from a blind search ({@code blind=1}), it goes back there blind, and a refusal names the candidate by their
	 * alias.
	 */
	@PostMapping("/recruiter/postings/sourced")
	String invite(@CurrentUser SignedInUser user, @RequestParam(name = "posting", required = false) String posting,
			@RequestParam(name = "candidate", required = false) String candidate,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "blind", required = false) String blind, Locale locale, RedirectAttributes redirect) {
		if (candidate == null || !candidate.matches("\\d{1,18}")) {
			redirect.addFlashAttribute(PROBLEM, text("applications.sourcing.refused.no-candidate", locale));
			return "redirect:/recruiter/candidates";
		}
		boolean blindOn = "1".equals(blind);
		String back = "redirect:/recruiter/candidates/" + candidate + (blindOn ? "?blind=1" : "");
		if (posting == null || !posting.matches("\\d{1,18}")) {
			redirect.addFlashAttribute(PROBLEM, text("applications.sourcing.refused.no-posting", locale));
			return back;
		}
		try {
			PostingView invitedTo = this.sourcing.invite(user.getId(), Long.parseLong(posting),
					Long.parseLong(candidate), note);
			redirect.addFlashAttribute(DONE, text("applications.sourcing.done", locale, invitedTo.title()));
		}
		catch (SourcingRefusedException ex) {
			Object[] arguments = ex.getArguments();
			if (blindOn && ex.getReason() == SourcingRefusedException.Reason.ALREADY_IN_PIPELINE) {
				arguments[0] = text("candidates.blind.alias", locale,
						this.aliases.candidateAlias(Long.parseLong(candidate)));
			}
			redirect.addFlashAttribute(PROBLEM, text(ex.messageKey(), locale, arguments));
			redirect.addFlashAttribute(NOTE, (note == null) ? "" : note);
		}
		return back;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
