package ai.slope.jobs.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobSearch;
import ai.slope.jobs.JobSort;
import ai.slope.jobs.PostedPay;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.salaries.SalaryQuery;
import ai.slope.salaries.SalaryStats;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.VisitorPage;

/**
 * A role type's page: what the work is, what recruiters look for, what it pays, its open programs (the deadline
 * soonest first, none shown when there are none) and its open postings. It lives in
 * the jobs module because it lists postings; the roles module knows nothing of postings.
 */
@Controller
class RolePageController {

	private static final int POSTINGS = 10;

	/** How many of its open programs a role's page shows, the deadline soonest first. */
	private static final int PROGRAMS = 3;

	private final RoleTaxonomy roles;

	private final JobSearch search;

	private final SalaryStats salaries;

	private final PostedPay postedPay;

	RolePageController(RoleTaxonomy roles, JobSearch search, SalaryStats salaries, PostedPay postedPay) {
		this.roles = roles;
		this.search = search;
		this.salaries = salaries;
		this.postedPay = postedPay;
	}

	/**
	 * Every role family and its role types, each linking to its page: the place the header's "Roles" leads to,
	 * so a reader who lands on any page can browse by role without scrolling the home page.
	 */
	@GetMapping({ "/roles", "/roles/" })
	@VisitorPage
	String showRoles(Model model) {
		Map<String, Long> counts = this.search.countByRoleType();
		model.addAttribute("families", this.roles.byFamily());
		model.addAttribute("counts", counts);
		return "jobs/roles";
	}

	@GetMapping("/roles/{slug}")
	@VisitorPage
	String showRole(@PathVariable String slug, Model model) {
		RoleType role = this.roles.roleType(slug).orElseThrow(() -> new PageNotFoundException());
		JobQuery query = JobQuery.all().withRoleType(slug).withPage(1, POSTINGS);
		model.addAttribute("role", role);
		model.addAttribute("result", this.search.search(query));
		model.addAttribute("allUrl", new SearchLinks(query, POSTINGS).page(1));
		model.addAttribute("feedUrl", "/jobs/feed.atom?role=" + slug);
		model.addAttribute("rssFeedUrl", "/jobs/feed.rss?role=" + slug);
		JobQuery programs = JobQuery.all()
			.withRoleType(slug)
			.withOpeningTypes(JobQuery.PROGRAMS)
			.withSort(JobSort.DEADLINE)
			.withPage(1, PROGRAMS);
		model.addAttribute("programs", this.search.search(programs));
		model.addAttribute("programsUrl", SearchLinks.programs(programs.withPage(1, JobQuery.DEFAULT_SIZE), JobQuery.DEFAULT_SIZE).page(1));
		addPay(slug, model);
		return "jobs/role";
	}

	/**
	 * What the role pays: the salary reports' percentiles as the explorer publishes them (all years, levels and
	 * countries, under the salaries module's privacy rule), and where it publishes none, the posted ranges of the
	 * role's live postings, labelled as such (docs/salaries.md, "What a role pays").
	 */
	private void addPay(String slug, Model model) {
		SalaryStats.Figures reports = this.salaries.figures(new SalaryQuery(slug, null, null, null, null, null));
		model.addAttribute("reports", reports);
		model.addAttribute("percentiles", SalaryStats.PERCENTILES);
		model.addAttribute("posted", reports.isShown() ? null : this.postedPay.ofRoleType(slug).orElse(null));
	}

}
