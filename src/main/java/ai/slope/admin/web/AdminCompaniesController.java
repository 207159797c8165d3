package ai.slope.admin.web;

import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.SignedInUser;
import ai.slope.admin.CompanyVerification;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
import ai.slope.web.Choice;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * Company verification: the list of companies (unverified first by default), found by name, in pages; each
 * verify or un-verify goes through a confirmation page and into the audit log.
 */
@Controller
@RequestMapping("/admin/companies")
class AdminCompaniesController {

	static final String LIST_VIEW = "admin/companies";

	static final String CONFIRM_VIEW = "admin/company-verification";

	static final int PAGE_SIZE = 20;

	private final Companies companies;

	private final CompanyMemberships memberships;

	private final CompanyVerification verification;

	AdminCompaniesController(Companies companies, CompanyMemberships memberships, CompanyVerification verification) {
		this.companies = companies;
		this.memberships = memberships;
		this.verification = verification;
	}

	/**
	 * One row of the list: the company and how many recruiters it has.
	 */
	record Row(Company company, int recruiters) {
	}

	@GetMapping
	String listCompanies(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", required = false) String page, Model model) {
		Companies.Verification which = verification(status);
		String query = (q == null) ? "" : q.strip();
		int pageNumber = Pages.number(page);
		Page<Company> found = this.companies.find(query, which,
				PageRequest.of(pageNumber - 1, PAGE_SIZE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id"))));
		model.addAttribute("status", which.name().toLowerCase(Locale.ROOT));
		model.addAttribute("statuses", Stream.of("unverified", "verified", "all")
			.map(shown -> Choice.keyed(shown, "companies.admin.filter." + shown))
			.toList());
		model.addAttribute("q", query);
		model.addAttribute("page", found);
		model.addAttribute("pageNumber", pageNumber);
		model.addAttribute("pages", Pages.of(listUrl(which, query, 1), found));
		model.addAttribute("rows", found.getContent()
			.stream()
			.map(company -> new Row(company, this.memberships.activeMemberIds(company.getId()).size()))
			.toList());
		return LIST_VIEW;
	}

	/**
	 * The list as the admin left it (filter, search and page), to go back to after a decision.
	 */
	record ListState(String status, String q, String page) {

		String url() {
			String query = (q() == null) ? "" : q().strip();
			return listUrl(verification(status()), query, Pages.number(page()));
		}

	}

	@GetMapping("/{id}/{action:verify|unverify}")
	String confirm(@PathVariable long id, @PathVariable String action, ListState list, Model model) {
		Company company = this.companies.findById(id).orElseThrow(PageNotFoundException::new);
		model.addAttribute("company", company);
		model.addAttribute("action", action);
		model.addAttribute("recruiters", this.memberships.members(company.getId()));
		model.addAttribute("list", list);
		model.addAttribute("back", list.url());
		return CONFIRM_VIEW;
	}

	@PostMapping("/{id}/verify")
	String verify(@CurrentUser SignedInUser admin, @PathVariable long id, ListState list,
			RedirectAttributes redirect) {
		boolean changed = this.verification.verify(admin.getId(), id);
		notice(redirect, id, changed ? "companies.admin.verified" : "companies.admin.unchanged");
		return "redirect:" + list.url();
	}

	@PostMapping("/{id}/unverify")
	String unverify(@CurrentUser SignedInUser admin, @PathVariable long id,
			@RequestParam(name = "reason", required = false) String reason, ListState list,
			RedirectAttributes redirect) {
		String why = (reason == null) ? "" : reason.strip();
		if (why.length() > 500) {
			why = why.substring(0, 500);
		}
		boolean changed = this.verification.unverify(admin.getId(), id, why);
		notice(redirect, id, changed ? "companies.admin.unverified" : "companies.admin.unchanged");
		return "redirect:" + list.url();
	}

	private void notice(RedirectAttributes redirect, long id, String key) {
		redirect.addFlashAttribute("notice", key);
		redirect.addFlashAttribute("noticeName",
				this.companies.findById(id).map(Company::getName).orElse(""));
	}

	private static Companies.Verification verification(String status) {
		for (Companies.Verification value : Companies.Verification.values()) {
			if (value.name().equalsIgnoreCase(status)) {
				return value;
			}
		}
		return Companies.Verification.UNVERIFIED;
	}

	private static String listUrl(Companies.Verification which, String q, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/admin/companies")
			.queryParam("status", which.name().toLowerCase(Locale.ROOT));
		if (!q.isEmpty()) {
			url.queryParam("q", q);
		}
		if (page > 1) {
			url.queryParam("page", page);
		}
		// encoded after building: q is what a person typed, never a URI template
		return url.build().encode().toUriString();
	}

}
