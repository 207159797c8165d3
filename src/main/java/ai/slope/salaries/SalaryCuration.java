package ai.slope.salaries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditDetail;
import ai.slope.audit.AuditedAction;

/**
 * The admins’ curation of salary data, each change stored with its audit entry in one transaction (an
 * {@link AuditedAction} that the admin module's audit log stores in it): imports, title rules, exchange rates, outlier
 * flagging and the review of records.
 */
@Service
public class SalaryCuration {

	private final SalaryImports imports;

	private final TitleRules rules;

	private final ExchangeRates rates;

	private final SalaryReview review;

	private final SalaryOutliers outliers;

	private final ApplicationEventPublisher events;

	SalaryCuration(SalaryImports imports, TitleRules rules, ExchangeRates rates, SalaryReview review,
			SalaryOutliers outliers, ApplicationEventPublisher events) {
		this.imports = imports;
		this.rules = rules;
		this.rates = rates;
		this.review = review;
		this.outliers = outliers;
		this.events = events;
	}

	/**
	 * Runs a checked import (see {@link SalaryImports#run}) and records it.
	 */
	@Transactional
	public ImportReport runImport(long adminId, long importId, ImportFiles.CheckedFile file) {
		ImportReport report = this.imports.run(importId, file);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_IMPORT, importId,
				AuditDetail.of("import", report.fileName(), report.rowsRead(), report.imported(), report.duplicates(),
						report.rejected())));
		return report;
	}

	@Transactional
	public TitleRules.Added addRule(long adminId, String kind, String title, String target) {
		TitleRules.Added added = this.rules.add(adminId, kind, title, target);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_RULE_ADD, added.rule().id(),
				describe(added.rule()).and("records-mapped", added.recordsChanged())));
		return added;
	}

	@Transactional
	public TitleRules.Added deleteRule(long adminId, long ruleId) {
		TitleRules.Added deleted = this.rules.delete(ruleId);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_RULE_DELETE, ruleId,
				describe(deleted.rule()).and("records-remapped", deleted.recordsChanged())));
		return deleted;
	}

	@Transactional
	public int addDefaultRules(long adminId) {
		int added = this.rules.addDefaults(adminId);
		if (added > 0) {
			this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_RULE_DEFAULTS, "defaults",
					AuditDetail.of("default-rules", added)));
		}
		return added;
	}

	@Transactional
	public Optional<BigDecimal> saveRate(long adminId, String currency, String year, String usdPerUnit,
			Long expectedVersion) {
		Optional<BigDecimal> old = this.rates.save(adminId, currency, year, usdPerUnit, expectedVersion);
		String code = currency.strip().toUpperCase(java.util.Locale.ROOT);
		String rate = new BigDecimal(usdPerUnit.strip()).toPlainString();
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_RATE, code + " " + year.strip(),
				old.isPresent() ? AuditDetail.of("rate", old.get().toPlainString(), rate)
						: AuditDetail.of("rate.new", rate)));
		return old;
	}

	@Transactional
	public List<SalaryReview.Change> decide(long adminId, List<Long> ids, SalaryReview.Decision decision,
			String note) {
		List<SalaryReview.Change> changes = this.review.decide(adminId, ids, decision, note);
		AuditAction action = (decision == SalaryReview.Decision.APPROVE) ? AuditAction.SALARY_APPROVE
				: AuditAction.SALARY_REJECT;
		for (SalaryReview.Change change : changes) {
			AuditDetail detail = withStatusChange(AuditDetail.none(), change);
			if (change.after().reviewNote() != null) {
				detail.and("note", change.after().reviewNote());
			}
			this.events.publishEvent(AuditedAction.of(adminId, action, change.after().id(), detail));
		}
		return changes;
	}

	@Transactional
	public SalaryReview.Change edit(long adminId, long id, long expectedVersion, Map<String, String> fields,
			String note) {
		SalaryReview.Change change = this.review.edit(adminId, id, expectedVersion, fields, note);
		Map<String, String> before = change.before().fields();
		Map<String, String> after = change.after().fields();
		AuditDetail detail = AuditDetail.none();
		after.forEach((field, value) -> {
			if (!value.equals(before.get(field))) {
				detail.and("field", AuditDetail.label("salaries.field." + field), before.get(field), value);
			}
		});
		withStatusChange(detail, change).and("note", change.after().reviewNote());
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_EDIT, id, detail));
		return change;
	}

	@Transactional
	public SalaryOutliers.Result flagOutliers(long adminId) {
		SalaryOutliers.Result result = this.outliers.flag();
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.SALARY_OUTLIERS, "all",
				AuditDetail.of("outliers", result.flagged(), result.cleared())));
		return result;
	}

	private static AuditDetail describe(TitleRule rule) {
		return rule.isOutOfScope()
				? AuditDetail.of("rule.out-of-scope", AuditDetail.label(rule.kind().messageKey()), rule.title())
				: AuditDetail.of("rule", AuditDetail.label(rule.kind().messageKey()), rule.title(),
						AuditDetail.roleType(rule.roleType()));
	}

	private static AuditDetail withStatusChange(AuditDetail detail, SalaryReview.Change change) {
		return detail.and("change", AuditDetail.label("salaries.status." + change.before().status().name()),
				AuditDetail.label("salaries.status." + change.after().status().name()));
	}

}
