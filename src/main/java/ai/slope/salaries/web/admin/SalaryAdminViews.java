package ai.slope.salaries.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.web.Choice;
import ai.slope.accounts.Accounts;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.ImportRejection;
import ai.slope.salaries.SalaryStatus;
import ai.slope.salaries.TitleRules;

/**
 * What the salary admin pages share (imports, title rules, exchange rates, review; all under {@value #BASE}): the page
 * size, reasons of rejected rows in the admin’s language, the choices of a title rule’s target.
 */
@Component
class SalaryAdminViews {

	static final String BASE = "/admin/salaries";

	static final String IMPORTS = BASE + "/imports";

	static final int PAGE_SIZE = 50;

	private final MessageSource messages;

	private final RoleTaxonomy roles;

	private final Accounts accounts;

	private final java.time.Clock clock;

	SalaryAdminViews(MessageSource messages, RoleTaxonomy roles, Accounts accounts, java.time.Clock clock) {
		this.messages = messages;
		this.roles = roles;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * A rejected row as the report shows it.
	 */
	record RejectionRow(int rowNumber, List<String> reasons, String line) {
	}

	/**
	 * The review queue's filter in {@code ?status=}: PENDING or FLAGGED, otherwise both.
	 */
	static SalaryStatus status(String raw) {
		if ("PENDING".equals(raw)) {
			return SalaryStatus.PENDING;
		}
		if ("FLAGGED".equals(raw)) {
			return SalaryStatus.FLAGGED;
		}
		return null;
	}

	/**
	 * Reason codes in words: {@code missing-column:work_year} names its column.
	 */
	List<String> reasons(List<String> codes, Locale locale) {
		List<String> reasons = new ArrayList<>();
		for (String code : codes) {
			int colon = code.indexOf(':');
			String key = (colon < 0) ? code : code.substring(0, colon);
			Object[] arguments = ImportRejection.messageArguments(code, this.clock);
			reasons.add(this.messages.getMessage("salaries.reason." + key, arguments, code, locale));
		}
		return reasons;
	}

	/**
	 * The role types a rule can map to, in the taxonomy’s order, then “out of scope”.
	 */
	List<Choice> targets(Locale locale) {
		List<Choice> targets = new ArrayList<>();
		this.roles.roleTypes().forEach(type -> targets.add(Choice.of(type.getSlug(), type.name(locale))));
		targets.add(Choice.of(TitleRules.OUT_OF_SCOPE,
				this.messages.getMessage("salaries.rules.out-of-scope", null, locale)));
		return targets;
	}

	String roleName(String slug, Locale locale) {
		if (slug == null) {
			return this.messages.getMessage("salaries.rules.out-of-scope", null, locale);
		}
		return this.roles.roleType(slug).map(type -> type.name(locale)).orElse(slug);
	}

	String accountName(Long id) {
		return (id == null) ? null : this.accounts.findById(id).map(Account::getDisplayName).orElse(null);
	}

}
