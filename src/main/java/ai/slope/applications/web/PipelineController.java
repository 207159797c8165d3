package ai.slope.applications.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.applications.Applicant;
import ai.slope.applications.ApplicantDetail;
import ai.slope.applications.ApplyClicks;
import ai.slope.applications.MoveResult;
import ai.slope.applications.Pipeline;
import ai.slope.applications.Stage;
import ai.slope.candidates.ProfileSummary;
import ai.slope.candidates.Resumes;
import ai.slope.jobs.PostingView;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.web.Downloads;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * A posting's applicants for its company's recruiters: the list by stage, moving one or many (with htmx the list
 * is redrawn in place; without, the page reloads), one applicant with their cover note, résumé, history and
 * private notes, and the CSV export. To a recruiter of another company, all of it answers 404.
 */
@Controller
class PipelineController {

	static final int PAGE_SIZE = 25;

	static final String PIPELINE_VIEW = "applications/pipeline";

	static final String PIPELINE_FRAGMENT = "applications/pipeline :: pipeline";

	static final String APPLICANT_VIEW = "applications/applicant";

	static final String REVEAL_VIEW = "applications/reveal";

	static final String BLIND_OFF_VIEW = "applications/blind-off";

	/** The days of external apply clicks the pipeline shows beside the total. */
	static final int CLICK_DAYS = 30;

	private final Pipeline pipeline;

	private final ApplyClicks clicks;

	private final MessageSource messages;

	private final RoleTaxonomy roles;

	PipelineController(Pipeline pipeline, ApplyClicks clicks, MessageSource messages, RoleTaxonomy roles) {
		this.roles = roles;
		this.pipeline = pipeline;
		this.clicks = clicks;
		this.messages = messages;
	}

	@GetMapping("/recruiter/postings/{id:\\d{1,18}}/applicants")
	String showPipeline(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestParam(name = "stage", required = false) String stage,
			@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
		fillPipeline(user, id, stageFilter(stage), Pages.existing(page), model);
		return PIPELINE_VIEW;
	}

	@PostMapping("/recruiter/postings/{id:\\d{1,18}}/applicants/move")
	String moveApplicants(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(name = "stage", required = false) String target,
			@RequestParam(name = "note", required = false) String note,
			@RequestParam(name = "filter", required = false) String filter,
			@RequestParam(name = "page", defaultValue = "1") String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Stage shown = stageFilter(filter);
		int number = Pages.existing(page);
		MoveResult result = null;
		List<InputProblem> problems = List.of();
		try {
			result = this.pipeline.move(user.getId(), id, applicationIds(ids), target, note);
		}
		catch (InvalidInputException ex) {
			problems = ex.getProblems();
		}
		// the page the form was on may be gone once its applicants have left the stage shown: show the last one
		number = Math.min(number, lastPage(this.pipeline.countsByStage(user.getId(), id), shown));
		if (htmx == null) {
			if (!problems.isEmpty()) {
				redirect.addFlashAttribute("moveProblems", problems);
				redirect.addFlashAttribute("moveNote", note);
			}
			else {
				redirect.addFlashAttribute("moveResult", result);
			}
			return "redirect:/recruiter/postings/" + id + "/applicants" + query(shown, number);
		}
		if (!problems.isEmpty()) {
			// 200 all the same: htmx swaps in only successful answers, and this one carries the messages
			model.addAttribute("moveProblems", problems);
			model.addAttribute("moveNote", note);
		}
		else {
			model.addAttribute("moveResult", result);
		}
		fillPipeline(user, id, shown, number, model);
		return PIPELINE_FRAGMENT;
	}

	@GetMapping("/recruiter/postings/{id:\\d{1,18}}/applicants.csv")
	void exportApplicants(@CurrentUser SignedInUser user, @PathVariable long id, Locale locale,
			HttpServletResponse response) throws IOException {
		Pipeline.Export export = this.pipeline.export(user.getId(), id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", Downloads
			.disposition("applicants-" + export.posting().id() + "-" + export.posting().slug() + ".csv")
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Cache-Control", "no-store, private");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		ApplicantCsv.write(export, this.messages, locale, out);
	}

	@GetMapping("/recruiter/applications/{id:\\d{1,18}}")
	String showApplicant(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		ApplicantDetail detail = this.pipeline.applicant(user.getId(), id);
		model.addAttribute("detail", detail);
		ProfileSummary profile = detail.applicant().profile();
		model.addAttribute("wantedRoles", (profile == null) ? List.of()
				: this.roles.roleTypes()
					.stream()
					.filter(type -> profile.wantedRoleTypeIds().contains(type.getId()))
					.toList());
		model.addAttribute("targets", Stage.RECRUITER_TARGETS);
		model.addAttribute("maxNote", Pipeline.MAX_NOTE);
		model.addAttribute("maxMoveNote", Pipeline.MAX_MOVE_NOTE);
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new NoteForm(""));
		}
		return APPLICANT_VIEW;
	}

	@PostMapping("/recruiter/applications/{id:\\d{1,18}}/move")
	String moveApplicant(@CurrentUser SignedInUser user, @PathVariable long id,
			@RequestParam(name = "stage", required = false) String target,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("moveResult", this.pipeline.moveOne(user.getId(), id, target, note));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("moveProblems", ex.getProblems());
			redirect.addFlashAttribute("moveNote", note);
		}
		return "redirect:/recruiter/applications/" + id + "#stage";
	}

	@PostMapping("/recruiter/applications/{id:\\d{1,18}}/notes")
	String addNote(@CurrentUser SignedInUser user, @PathVariable long id,
			@ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.pipeline.addNote(user.getId(), id, form.body());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return showApplicant(user, id, model);
		}
		redirect.addFlashAttribute("notice", "applications.note.added");
		return "redirect:/recruiter/applications/" + id + "#notes";
	}

	/**
	 * Turns the posting's blind review on or off ({@code enabled=true|false}); turning it off is confirmed first
	 * ({@link #confirmBlindReviewOff}), since it reveals every applicant it hides.
	 */
	@PostMapping("/recruiter/postings/{id:\\d{1,18}}/applicants/blind")
	String turnBlindReview(@CurrentUser SignedInUser user, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		boolean changed = this.pipeline.turnBlindReview(user.getId(), id, enabled);
		redirect.addFlashAttribute("notice", !changed ? "applications.blind.unchanged"
				: enabled ? "applications.blind.turned-on" : "applications.blind.turned-off");
		return "redirect:/recruiter/postings/" + id + "/applicants";
	}

	@GetMapping("/recruiter/postings/{id:\\d{1,18}}/applicants/blind/off")
	String confirmBlindReviewOff(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("posting", this.pipeline.posting(user.getId(), id));
		model.addAttribute("blindReview", this.pipeline.blindReview(user.getId(), id));
		return BLIND_OFF_VIEW;
	}

	@GetMapping("/recruiter/applications/{id:\\d{1,18}}/reveal")
	String confirmReveal(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("detail", this.pipeline.applicant(user.getId(), id));
		return REVEAL_VIEW;
	}

	/**
	 * Shows who a hidden applicant is: a line in the application's history says who did it and when.
	 */
	@PostMapping("/recruiter/applications/{id:\\d{1,18}}/reveal")
	String reveal(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		boolean revealed = this.pipeline.reveal(user.getId(), id);
		redirect.addFlashAttribute("notice", revealed ? "applications.blind.revealed" : "applications.blind.not-hidden");
		return "redirect:/recruiter/applications/" + id;
	}

	@GetMapping("/recruiter/applications/{id:\\d{1,18}}/resume")
	ResponseEntity<byte[]> downloadResume(@CurrentUser SignedInUser user, @PathVariable long id) {
		Resumes.ResumeFile resume = this.pipeline.resume(user.getId(), id);
		return Downloads.attachment(resume.fileName(), MediaType.APPLICATION_PDF, resume.bytes());
	}

	/**
	 * A private note as the form sends it.
	 */
	record NoteForm(String body) {
	}

	private void fillPipeline(SignedInUser user, long postingId, Stage stage, int page, Model model) {
		PostingView posting = this.pipeline.posting(user.getId(), postingId);
		Page<Applicant> applicants = this.pipeline.applicants(user.getId(), postingId, stage,
				PageRequest.of(page - 1, PAGE_SIZE));
		if (page > 1 && page > applicants.getTotalPages()) {
			throw new PageNotFoundException();
		}
		Map<Stage, Long> counts = this.pipeline.countsByStage(user.getId(), postingId);
		model.addAttribute("posting", posting);
		model.addAttribute("blindReview", this.pipeline.blindReview(user.getId(), postingId));
		model.addAttribute("applicants", applicants);
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("stage", stage);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("targets", Stage.RECRUITER_TARGETS);
		model.addAttribute("maxMoveNote", Pipeline.MAX_MOVE_NOTE);
		model.addAttribute("clicks", posting.inAppApply() ? null : this.clicks.counts(postingId, CLICK_DAYS));
		model.addAttribute("pageQuery", query(stage, page));
	}

	private static int lastPage(Map<Stage, Long> counts, Stage shown) {
		long applicants = (shown == null) ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.get(shown);
		return (int) Math.max(1, (applicants + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	private static Stage stageFilter(String stage) {
		if (stage == null || stage.isBlank()) {
			return null;
		}
		for (Stage candidate : Stage.values()) {
			if (candidate.name().equals(stage)) {
				return candidate;
			}
		}
		throw new PageNotFoundException();
	}

	private static List<Long> applicationIds(List<String> ids) {
		List<Long> parsed = new ArrayList<>();
		if (ids != null) {
			for (String id : ids) {
				if (id != null && id.matches("\\d{1,18}")) {
					parsed.add(Long.parseLong(id));
				}
			}
		}
		return parsed;
	}

	private static String query(Stage stage, int page) {
		String query = (stage == null) ? "" : "?stage=" + stage.name();
		if (page > 1) {
			query += (query.isEmpty() ? "?" : "&") + "page=" + page;
		}
		return query;
	}

}
