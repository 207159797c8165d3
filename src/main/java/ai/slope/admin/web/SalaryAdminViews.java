package ai.slope.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.TitleRules;

/**
 * What the salary admin pages share: page numbers and links, reasons of rejected rows in the admin’s language,
 * the choices of a title rule’s target.
 */
@Component
class SalaryAdminViews {

	private final MessageSource messages;

	private final RoleTaxonomy roles;

	private final Accounts accounts;

	SalaryAdminViews(MessageSource messages, RoleTaxonomy roles, Accounts accounts) {
		this.messages = messages;
		this.roles = roles;
		this.accounts = accounts;
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
	 * Previous and next links of a list paged with {@code ?page=n}.
	 */
	record Pages(String path, int current, int count) {

		public boolean isPaged() {
			return this.count > 1;
		}

		public String getPrevious() {
			return (this.current > 1) ? link(this.current - 1) : null;
		}

		public String getNext() {
			return (this.current < this.count) ? link(this.current + 1) : null;
		}

		String link(int page) {
			return (page <= 1) ? this.path : this.path + (this.path.contains("?") ? "&" : "?") + "page=" + page;
		}

	}

	static Pages pages(String path, int current, long total, int size) {
		int count = (int) Math.max(1, (total + size - 1) / size);
		return new Pages(path, Math.min(current, count), count);
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
	 * Reason codes in words: {@code missing-column:work_year} names its column.
	 */
	List<String> reasons(List<String> codes, Locale locale) {
		List<String> reasons = new ArrayList<>();
		for (String code : codes) {
			int colon = code.indexOf(':');
			String key = (colon < 0) ? code : code.substring(0, colon);
			Object[] arguments = (colon < 0) ? null : new Object[] { code.substring(colon + 1) };
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
