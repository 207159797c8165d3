package ai.slope.companies.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyChangedException;
import ai.slope.companies.CompanyLogos;
import ai.slope.companies.CompanyMemberships.JoinRequest;
import ai.slope.companies.CompanyMemberships;
import ai.slope.companies.SizeBand;
import ai.slope.web.Countries;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.PageNotFoundException;

/**
 * The recruiter's company: without one, create it or ask to join one (and see or withdraw the request); with
 * one, its profile, logo, members (another of whom they may remove, after a confirmation page) and the requests
 * to join it. Another company's request or member answers 404.
 */
@Controller
@RequestMapping("/recruiter/company")
class RecruiterCompanyController {

	static final String START_VIEW = "companies/start";

	static final String PENDING_VIEW = "companies/pending";

	static final String MANAGE_VIEW = "companies/manage";

	static final String DECLINE_VIEW = "companies/decline";

	static final String REMOVE_MEMBER_VIEW = "companies/remove-member";

	private static final String REDIRECT = "redirect:/recruiter/company";

	private static final int JOIN_MATCHES = 10;

	private final Companies companies;

	private final CompanyMemberships memberships;

	private final CompanyLogos logos;

	private final Countries countries;

	RecruiterCompanyController(Companies companies, CompanyMemberships memberships, CompanyLogos logos,
			Countries countries) {
		this.companies = companies;
		this.memberships = memberships;
		this.logos = logos;
		this.countries = countries;
	}

	@ModelAttribute("sizeBands")
	List<Choice> sizeBands() {
		return Choice.of(SizeBand::messageKey, SizeBand.values());
	}

	@ModelAttribute("countries")
	List<Choice> countries(Locale locale) {
		return this.countries.choices(locale);
	}

	@GetMapping
	String showCompany(@CurrentUser SignedInUser user, @RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "logo", required = false) String logo, Model model) {
		Optional<Company> company = this.memberships.activeCompanyOf(user.getId());
		if (company.isPresent()) {
			if ("too-big".equals(logo) && !model.containsAttribute("logoError")) {
				// sent here by LogoUploadSizeFilter
				model.addAttribute("logoError",
						new DefaultMessageSourceResolvable(new String[] { "companies.error.logo.too-big" }, new Object[0]));
			}
			return manage(user, company.get(), CompanyForm.of(company.get()), model);
		}
		Optional<JoinRequest> pending = this.memberships.pendingRequestOf(user.getId());
		if (pending.isPresent()) {
			model.addAttribute("request", pending.get());
			return PENDING_VIEW;
		}
		model.addAttribute("form", CompanyForm.empty());
		return start(q, model);
	}

	@PostMapping
	String processCreationForm(@CurrentUser SignedInUser user, @ModelAttribute("form") CompanyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.companies.create(user.getId(), form.toProfile());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return start(null, model);
		}
		redirect.addFlashAttribute("notice", "companies.created");
		return REDIRECT;
	}

	@PostMapping("/profile")
	String processUpdateForm(@CurrentUser SignedInUser user, @ModelAttribute("form") CompanyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Company company = memberCompany(user);
		boolean unverified;
		try {
			long basedOn = (form.version() != null) ? form.version() : -1;
			unverified = this.companies.update(user.getId(), company.getId(), basedOn, form.toProfile());
		}
		catch (InvalidInputException ex) {
			InputProblem.rejectAll(result, ex.getProblems());
			return manage(user, company, form, model);
		}
		catch (CompanyChangedException | OptimisticLockingFailureException ex) {
			// what is stored now, beside what they typed; their next save (now based on it) goes through
			Company current = memberCompany(user);
			model.addAttribute("conflict", current);
			CompanyForm typed = new CompanyForm(form.name(), form.website(), form.description(), form.hqCountry(),
					form.sizeBand(), current.getVersion());
			return manage(user, current, typed, model);
		}
		redirect.addFlashAttribute("notice", unverified ? "companies.saved.unverified" : "companies.saved");
		return REDIRECT;
	}

	@PostMapping("/logo")
	String uploadLogo(@CurrentUser SignedInUser user, @RequestParam(name = "logo", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		Company company = memberCompany(user);
		try {
			this.logos.replace(user.getId(), company.getId(), (file != null) ? file.getBytes() : new byte[0]);
		}
		catch (InvalidInputException ex) {
			InputProblem problem = ex.getProblems().get(0);
			redirect.addFlashAttribute("logoError",
					new DefaultMessageSourceResolvable(new String[] { problem.code() }, problem.argumentArray()));
			return REDIRECT + "#logo";
		}
		redirect.addFlashAttribute("notice", "companies.logo.saved");
		return REDIRECT + "#logo";
	}

	@PostMapping("/logo/remove")
	String removeLogo(@CurrentUser SignedInUser user, RedirectAttributes redirect) {
		this.logos.remove(user.getId(), memberCompany(user).getId());
		redirect.addFlashAttribute("notice", "companies.logo.removed");
		return REDIRECT + "#logo";
	}

	@PostMapping("/join")
	String requestToJoin(@CurrentUser SignedInUser user, @RequestParam("companyId") long companyId,
			RedirectAttributes redirect) {
		try {
			this.memberships.requestToJoin(user.getId(), companyId);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getProblem());
			return REDIRECT;
		}
		redirect.addFlashAttribute("notice", "companies.join.requested");
		return REDIRECT;
	}

	@PostMapping("/join/cancel")
	String cancelRequest(@CurrentUser SignedInUser user, RedirectAttributes redirect) {
		if (this.memberships.cancelRequest(user.getId())) {
			redirect.addFlashAttribute("notice", "companies.join.cancelled");
		}
		return REDIRECT;
	}

	@PostMapping("/requests/{id}/approve")
	String approve(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			JoinRequest approved = this.memberships.approve(user.getId(), id);
			redirect.addFlashAttribute("notice", "companies.requests.approved");
			redirect.addFlashAttribute("noticeName", approved.displayName());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, "companies.requests.decided-meanwhile"));
		}
		return REDIRECT + "#requests";
	}

	@GetMapping("/requests/{id}/decline")
	String confirmDecline(@CurrentUser SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("request", this.memberships.pendingRequest(user.getId(), id));
		return DECLINE_VIEW;
	}

	@PostMapping("/requests/{id}/decline")
	String decline(@CurrentUser SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			JoinRequest declined = this.memberships.decline(user.getId(), id);
			redirect.addFlashAttribute("notice", "companies.requests.declined");
			redirect.addFlashAttribute("noticeName", declined.displayName());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, "companies.requests.decided-meanwhile"));
		}
		return REDIRECT + "#requests";
	}

	@GetMapping("/members/{accountId}/remove")
	String confirmRemoval(@CurrentUser SignedInUser user, @PathVariable long accountId, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("member", this.memberships.memberToRemove(user.getId(), accountId));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getProblem());
			return REDIRECT + "#members";
		}
		model.addAttribute("company", memberCompany(user));
		return REMOVE_MEMBER_VIEW;
	}

	@PostMapping("/members/{accountId}/remove")
	String removeMember(@CurrentUser SignedInUser user, @PathVariable long accountId, RedirectAttributes redirect) {
		try {
			CompanyMemberships.Member removed = this.memberships.remove(user.getId(),
					accountId);
			redirect.addFlashAttribute("notice", "companies.members.removed");
			redirect.addFlashAttribute("noticeName", removed.displayName());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", ex.getProblem());
		}
		return REDIRECT + "#members";
	}

	private String start(String q, Model model) {
		String query = (q == null) ? "" : q.strip();
		model.addAttribute("q", query);
		if (query.isEmpty()) {
			model.addAttribute("matches", List.of());
			model.addAttribute("moreMatches", false);
			return START_VIEW;
		}
		Page<Company> found = this.companies.find(query, Companies.Verification.ALL,
				PageRequest.of(0, JOIN_MATCHES, Sort.by("name")));
		model.addAttribute("matches", found.getContent());
		// only the first ones show: say so, or a recruiter whose company sorts later thinks it is not here
		model.addAttribute("moreMatches", found.hasNext());
		return START_VIEW;
	}

	private String manage(SignedInUser user, Company company, CompanyForm form, Model model) {
		model.addAttribute("me", user.getId());
		model.addAttribute("company", company);
		model.addAttribute("form", form);
		model.addAttribute("members", this.memberships.members(company.getId()));
		model.addAttribute("requests", this.memberships.pendingRequests(company.getId()));
		model.addAttribute("maxLogoBytes", CompanyLogos.MAX_BYTES);
		return MANAGE_VIEW;
	}

	private Company memberCompany(SignedInUser user) {
		return this.memberships.activeCompanyOf(user.getId()).orElseThrow(PageNotFoundException::new);
	}

}
