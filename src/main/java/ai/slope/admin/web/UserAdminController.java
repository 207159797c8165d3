package ai.slope.admin.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountQuery;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.CurrentUser;
import ai.slope.accounts.Role;
import ai.slope.accounts.SignedInUser;
import ai.slope.admin.AdminActionRefusedException;
import ai.slope.admin.AuditFilter;
import ai.slope.admin.AuditTrail;
import ai.slope.admin.UserAdministration;
import ai.slope.audit.AuditAction;
import ai.slope.web.Choice;
import ai.slope.web.InputProblem;
import ai.slope.web.PageNotFoundException;
import ai.slope.web.Pages;

/**
 * The user list, one user's page, and suspending, reactivating and changing the role of an account.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	static final int PAGE_SIZE = 25;

	private static final String LIST_VIEW = "admin/users";

	private static final String USER_VIEW = "admin/user";

	private static final String SUSPEND_VIEW = "admin/suspend";

	/** Newest accounts first: what an admin checks most is who just signed up. */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final Accounts accounts;

	private final UserAdministration administration;

	private final AuditTrail audit;

	UserAdminController(Accounts accounts, UserAdministration administration, AuditTrail audit) {
		this.accounts = accounts;
		this.administration = administration;
		this.audit = audit;
	}

	@GetMapping
	String listUsers(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "role", required = false) String role,
			@RequestParam(name = "status", required = false) String status,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		Role chosenRole = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
		Boolean suspended = "suspended".equals(status) ? Boolean.TRUE : "active".equals(status) ? Boolean.FALSE : null;
		AccountQuery query = new AccountQuery(text, chosenRole, suspended);
		Page<Account> found = this.accounts.search(query,
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST));
		model.addAttribute("q", (query.text() != null) ? query.text() : "");
		model.addAttribute("role", (chosenRole != null) ? chosenRole.name() : "");
		model.addAttribute("status", (suspended == null) ? "" : status);
		model.addAttribute("roleChoices", Choice.of(Role::messageKey, Role.values()));
		model.addAttribute("statusChoices", List.of(Choice.keyed("active", "admin.users.status.active"),
				Choice.keyed("suspended", "admin.users.status.suspended")));
		model.addAttribute("users", found);
		model.addAttribute("pages", Pages.ofCurrentRequest(found));
		model.addAttribute("filtered", text != null && !text.isBlank() || chosenRole != null || suspended != null);
		return LIST_VIEW;
	}

	@GetMapping("/{id:\\d+}")
	String showUser(@PathVariable long id, @CurrentUser SignedInUser admin, Model model) {
		Account account = account(id);
		model.addAttribute("account", account);
		model.addAttribute("self", account.getId() == admin.getId());
		model.addAttribute("roles", Role.values());
		model.addAttribute("history",
				this.audit.find(AuditFilter.target(AuditAction.TARGET_ACCOUNT, id), 0, 20).getContent());
		return USER_VIEW;
	}

	@GetMapping("/{id:\\d+}/suspend")
	String initSuspendForm(@PathVariable long id, @CurrentUser SignedInUser admin, Model model,
			RedirectAttributes redirect) {
		Account account = account(id);
		if (account.getId() == admin.getId()) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, "admin.users.error.self-suspend"));
			return "redirect:/admin/users/" + id;
		}
		if (account.isSuspended()) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, "admin.users.error.already-suspended"));
			return "redirect:/admin/users/" + id;
		}
		model.addAttribute("account", account);
		model.addAttribute("reason", "");
		model.addAttribute("maxReasonLength", UserAdministration.MAX_REASON_LENGTH);
		return SUSPEND_VIEW;
	}

	@PostMapping("/{id:\\d+}/suspend")
	String processSuspendForm(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			@CurrentUser SignedInUser admin, Model model, RedirectAttributes redirect) {
		Account account = account(id);
		try {
			this.administration.suspend(admin.getId(), id, reason);
		}
		catch (AdminActionRefusedException ex) {
			if ("admin.users.error.reason-too-long".equals(ex.getCode())) {
				model.addAttribute("account", account);
				model.addAttribute("reason", reason);
				model.addAttribute("reasonError", ex.getCode());
				model.addAttribute("maxReasonLength", UserAdministration.MAX_REASON_LENGTH);
				return SUSPEND_VIEW;
			}
			redirect.addFlashAttribute("problem", InputProblem.of(null, ex.getCode()));
			return "redirect:/admin/users/" + id;
		}
		redirect.addFlashAttribute("notice", "admin.users.suspended");
		redirect.addFlashAttribute("noticeName", account.getDisplayName());
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id:\\d+}/reactivate")
	String reactivate(@PathVariable long id, @CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		Account account = account(id);
		try {
			this.administration.reactivate(admin.getId(), id);
			redirect.addFlashAttribute("notice", "admin.users.reactivated");
			redirect.addFlashAttribute("noticeName", account.getDisplayName());
		}
		catch (AdminActionRefusedException ex) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, ex.getCode()));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id:\\d+}/role")
	String changeRole(@PathVariable long id, @RequestParam(name = "role", required = false) String role,
			@CurrentUser SignedInUser admin, RedirectAttributes redirect) {
		Account account = account(id);
		Role chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
		try {
			this.administration.changeRole(admin.getId(), id, chosen);
			redirect.addFlashAttribute("notice", "admin.users.role-changed");
			redirect.addFlashAttribute("noticeName", account.getDisplayName());
		}
		catch (AdminActionRefusedException ex) {
			redirect.addFlashAttribute("problem", InputProblem.of(null, ex.getCode()));
		}
		return "redirect:/admin/users/" + id;
	}

	private Account account(long id) {
		return this.accounts.findById(id).orElseThrow(PageNotFoundException::new);
	}

}
