package ai.slope.jobs.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.web.PageNotFoundException;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;

/**
 * A role type's page: what the work is, what recruiters look for, and its open postings. It lives in the
 * jobs module because it lists postings; the roles module knows nothing of postings.
 */
@Controller
class RolePageController {

	private static final int POSTINGS = 10;

	private final RoleTaxonomy roles;

	private final JobSearch search;

	RolePageController(RoleTaxonomy roles, JobSearch search) {
		this.roles = roles;
		this.search = search;
	}

	@GetMapping("/roles/{slug}")
	String showRole(@PathVariable String slug, Model model) {
		RoleType role = this.roles.roleType(slug).orElseThrow(() -> new PageNotFoundException());
		JobQuery query = JobQuery.all().withRoleType(slug).withPage(1, POSTINGS);
		model.addAttribute("role", role);
		model.addAttribute("result", this.search.search(query));
		model.addAttribute("allUrl", new SearchLinks(query, POSTINGS).page(1));
		model.addAttribute("feedUrl", "/jobs/feed.atom?role=" + slug);
		return "jobs/role";
	}

}
