package ai.slope.admin.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ai.slope.admin.AuditFilter;
import ai.slope.web.Pages;
import ai.slope.admin.AuditTrail;

/**
 * The audit log: every admin action, newest first, filtered by action, admin, target and dates.
 */
@Controller
class AuditLogController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	AuditLogController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String showAuditLog(@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "actor", required = false) String actor,
			@RequestParam(name = "targetType", required = false) String targetType,
			@RequestParam(name = "targetId", required = false) String targetId,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@PageableDefault(size = PAGE_SIZE) Pageable pageable, Model model) {
		List<String> errors = new ArrayList<>();
		LocalDate fromDay = day(from, "admin.audit.error.from", errors);
		LocalDate toDay = day(to, "admin.audit.error.to", errors);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			errors.add("admin.audit.error.range");
		}
		AuditFilter filter = new AuditFilter(action, actor, targetType, targetId, fromDay, toDay);
		Page<AuditTrail.Item> entries = errors.isEmpty()
				? this.audit.find(filter, pageable.getPageNumber(), pageable.getPageSize()) : Page.empty();
		model.addAttribute("filter", filter);
		model.addAttribute("from", (from != null) ? from.strip() : "");
		model.addAttribute("to", (to != null) ? to.strip() : "");
		model.addAttribute("errors", errors);
		model.addAttribute("actions", this.audit.actions());
		model.addAttribute("targetTypes", this.audit.targetTypes());
		model.addAttribute("entries", entries);
		model.addAttribute("pages", Pages.ofCurrentRequest(entries));
		model.addAttribute("filtered", filter.action() != null || filter.actorEmail() != null
				|| filter.targetType() != null || filter.targetId() != null || fromDay != null || toDay != null);
		return "admin/audit";
	}

	private static LocalDate day(String value, String errorCode, List<String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(errorCode);
			return null;
		}
	}

}
