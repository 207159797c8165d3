package ai.slope.salaries.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.web.Pages;
import ai.slope.accounts.Accounts;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.ImportRejection;
import ai.slope.salaries.SalaryStatus;
import ai.slope.salaries.TitleRules;
import ai.slope.web.PageLinks;

/**
 * What the salary admin pages share (imports, title rules, exchange rates, review; all under {@value #BASE}): page
 * numbers and links, reasons of rejected rows in the admin’s language, the choices of a title rule’s target.
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
	 * A choice of a select.
	 */
	record Choice(String value, String label) {
	}

	/**
	 * Links to the pages of a list of {@code total} items of which this is page {@code current} (from 1).
	 */
	static Pages pages(int current, long total, int size) {
		return Pages.ofCurrentRequest(new org.springframework.data.domain.PageImpl<>(List.of(),
				org.springframework.data.domain.PageRequest.of(current - 1, size), total));
	}

	/**
	 * The page number in {@code ?page=}: 1 when missing or not a positive number.
	 */
	static int page(String raw) {
		try {
			return Math.min(100_000, Math.max(1, Integer.parseInt(raw.strip())));
		}
		catch (RuntimeException ex) {
			return 1;
		}
	}

	/**
	 * The ids in a list of ticked rows; what is not a number is no record and is left out.
	 */
	static List<Long> ids(List<String> raw) {
		List<Long> ids = new ArrayList<>();
		if (raw != null) {
			for (String value : raw) {
				try {
					ids.add(Long.parseLong(value.strip()));
				}
				catch (NumberFormatException ex) {
					// not a record: ignored
				}
			}
		}
		return ids;
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
		this.roles.roleTypes().forEach(type -> targets.add(new Choice(type.getSlug(), type.name(locale))));
		targets.add(new Choice(TitleRules.OUT_OF_SCOPE,
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
