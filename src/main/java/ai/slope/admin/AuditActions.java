package ai.slope.admin;

import java.util.List;

/**
 * The keys of the admin actions that the audit log records. The audit page shows each with its label,
 * {@code admin.audit.action.<key>} in the admin message bundle; an action recorded under another key
 * still shows, under its key.
 */
public final class AuditActions {

	public static final String ACCOUNT_SUSPEND = "account.suspend";

	public static final String ACCOUNT_REACTIVATE = "account.reactivate";

	public static final String ACCOUNT_ROLE = "account.role";

	public static final String ROLE_CREATE = "role.create";

	public static final String ROLE_UPDATE = "role.update";

	public static final String COMPANY_VERIFY = "company.verify";

	public static final String COMPANY_UNVERIFY = "company.unverify";

	public static final String POSTING_APPROVE = "posting.approve";

	public static final String POSTING_REJECT = "posting.reject";

	public static final String SALARY_IMPORT = "salary.import";

	public static final String SALARY_RULE_ADD = "salary.rule.add";

	public static final String SALARY_RULE_DELETE = "salary.rule.delete";

	public static final String SALARY_RULE_DEFAULTS = "salary.rule.defaults";

	public static final String SALARY_RATE = "salary.rate";

	public static final String SALARY_APPROVE = "salary.approve";

	public static final String SALARY_REJECT = "salary.reject";

	public static final String SALARY_EDIT = "salary.edit";

	public static final String SALARY_OUTLIERS = "salary.outliers";

	/** The target type of actions on accounts; the target id is the account's id. */
	public static final String TARGET_ACCOUNT = "account";

	/** The target type of actions on role types; the target id is the role type's slug. */
	public static final String TARGET_ROLE_TYPE = "role-type";

	static final List<String> KNOWN = List.of(ACCOUNT_SUSPEND, ACCOUNT_REACTIVATE, ACCOUNT_ROLE, ROLE_CREATE,
			ROLE_UPDATE, COMPANY_VERIFY, COMPANY_UNVERIFY, POSTING_APPROVE, POSTING_REJECT, SALARY_IMPORT, SALARY_RULE_ADD,
			SALARY_RULE_DELETE, SALARY_RULE_DEFAULTS, SALARY_RATE, SALARY_APPROVE, SALARY_REJECT, SALARY_EDIT,
			SALARY_OUTLIERS);

	private AuditActions() {
	}

}
