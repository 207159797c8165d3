package ai.slope.audit;

import java.util.Arrays;
import java.util.List;

/**
 * The admin actions that the audit log records, each with the stable key stored in {@code audit_log.action} (the
 * audit page shows its label, {@code admin.audit.action.<key>} in the admin message bundle; an action recorded under
 * another key still shows, under its key) and the kind of thing it acts on ({@code audit_log.target_type}).
 */
public enum AuditAction {

	ACCOUNT_SUSPEND("account.suspend", AuditAction.TARGET_ACCOUNT),

	ACCOUNT_REACTIVATE("account.reactivate", AuditAction.TARGET_ACCOUNT),

	ACCOUNT_ROLE("account.role", AuditAction.TARGET_ACCOUNT),

	ROLE_CREATE("role.create", AuditAction.TARGET_ROLE_TYPE),

	ROLE_UPDATE("role.update", AuditAction.TARGET_ROLE_TYPE),

	VENUE_CREATE("venue.create", AuditAction.TARGET_VENUE),

	VENUE_UPDATE("venue.update", AuditAction.TARGET_VENUE),

	VENUE_DELETE("venue.delete", AuditAction.TARGET_VENUE),

	COMPANY_VERIFY("company.verify", "company"),

	COMPANY_UNVERIFY("company.unverify", "company"),

	POSTING_APPROVE("posting.approve", "posting"),

	POSTING_REJECT("posting.reject", "posting"),

	SALARY_IMPORT("salary.import", "salary-import"),

	SALARY_RULE_ADD("salary.rule.add", "title-rule"),

	SALARY_RULE_DELETE("salary.rule.delete", "title-rule"),

	SALARY_RULE_DEFAULTS("salary.rule.defaults", "title-rule"),

	SALARY_RATE("salary.rate", "exchange-rate"),

	SALARY_APPROVE("salary.approve", "salary-record"),

	SALARY_REJECT("salary.reject", "salary-record"),

	SALARY_EDIT("salary.edit", "salary-record"),

	SALARY_OUTLIERS("salary.outliers", "salary-record");

	/** The target type of actions on accounts; the target id is the account's id. */
	public static final String TARGET_ACCOUNT = "account";

	/** The target type of actions on role types; the target id is the role type's slug. */
	public static final String TARGET_ROLE_TYPE = "role-type";

	/** The target type of actions on top venues; the target id is the venue's acronym. */
	public static final String TARGET_VENUE = "venue";

	private final String key;

	private final String targetType;

	AuditAction(String key, String targetType) {
		this.key = key;
		this.targetType = targetType;
	}

	/** The key stored in the log, such as {@code posting.approve}. */
	public String key() {
		return this.key;
	}

	/** The kind of thing acted on, such as {@code posting}. */
	public String targetType() {
		return this.targetType;
	}

	/** The keys of every action, in this order. */
	public static List<String> keys() {
		return Arrays.stream(values()).map(AuditAction::key).toList();
	}

}
