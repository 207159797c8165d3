package ai.slope.jobs.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ai.slope.companies.Company;
import ai.slope.companies.CompanyRepository;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;
import ai.slope.jobs.JobSearchResult;
import ai.slope.web.VisitorPage;

/**
 * A company's page with its open postings, in pages.
 */
@Controller
class CompanyPageController {

	private final CompanyRepository companies;

	private final JobSearch search;

	CompanyPageController(CompanyRepository companies, JobSearch search) {
		this.companies = companies;
		this.search = search;
	}

	@GetMapping("/companies/{slug}")
	@VisitorPage
	String showCompany(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, Model model) {
		Company company = this.companies.findBySlug(slug)
			.orElseThrow(() -> new PageNotFoundException());
		int pageNumber = Pages.number(page, JobQuery.MAX_WINDOW / JobQuery.DEFAULT_SIZE);
		JobSearchResult result = this.search
			.search(JobQuery.all().withCompany(slug).withPage(pageNumber, JobQuery.DEFAULT_SIZE));
		if (result.isPastLastPage() && pageNumber > 1) {
			return "redirect:/companies/" + slug;
		}
		model.addAttribute("company", company);
		model.addAttribute("result", result);
		model.addAttribute("pages", new Pages("/companies/" + slug, pageNumber, Math.max(1, result.totalPages())));
		return "jobs/company";
	}

}
