package ai.slope.admin.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.admin.AuditTrail;
import ai.slope.roles.RoleTaxonomy;

/**
 * The admin's start page: how many people of each role there are, the taxonomy's size, the newest admin
 * actions, and links to every section.
 */
@Controller
class AdminOverviewController {

	private static final int RECENT_ACTIONS = 8;

	private final Accounts accounts;

	private final RoleTaxonomy taxonomy;

	private final AuditTrail audit;

	AdminOverviewController(Accounts accounts, RoleTaxonomy taxonomy, AuditTrail audit) {
		this.accounts = accounts;
		this.taxonomy = taxonomy;
		this.audit = audit;
	}

	@GetMapping("/admin")
	String showOverview(Model model) {
		Map<Role, Long> counts = this.accounts.countByRole();
		model.addAttribute("roles", Role.values());
		model.addAttribute("roleCounts", counts);
		model.addAttribute("userCount", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("suspendedCount", this.accounts.countSuspended());
		model.addAttribute("familyCount", this.taxonomy.byFamily().size());
		model.addAttribute("roleTypeCount", this.taxonomy.roleTypes().size());
		model.addAttribute("recent", this.audit.newest(RECENT_ACTIONS));
		return "admin/overview";
	}

}
