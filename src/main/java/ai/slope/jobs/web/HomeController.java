package ai.slope.jobs.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.web.VisitorPage;

/**
 * The home page: the role families with the open postings of each role type, the newest postings, and a
 * search box.
 */
@Controller
class HomeController {

	private static final int NEWEST = 8;

	private final JobSearch search;

	private final RoleTaxonomy roles;

	HomeController(JobSearch search, RoleTaxonomy roles) {
		this.search = search;
		this.roles = roles;
	}

	@GetMapping("/")
	@VisitorPage
	String showHome(Model model) {
		Map<String, Long> counts = this.search.countByRoleType();
		model.addAttribute("families", this.roles.byFamily());
		model.addAttribute("counts", counts);
		model.addAttribute("totalOpen", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("newest", this.search.search(JobQuery.all().withPage(1, NEWEST)).hits());
		return "jobs/home";
	}

}
