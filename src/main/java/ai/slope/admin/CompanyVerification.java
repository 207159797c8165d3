package ai.slope.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditedAction;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyNotFoundException;

/**
 * Admins verify companies and take verification back. The change and its audit entry are stored in one
 * transaction; a click that changes nothing (the company was verified already) records nothing.
 */
@Service
public class CompanyVerification {

	private final Companies companies;

	private final ApplicationEventPublisher events;

	CompanyVerification(Companies companies, ApplicationEventPublisher events) {
		this.companies = companies;
		this.events = events;
	}

	/**
	 * @return whether the company was not verified before
	 * @throws CompanyNotFoundException when no such company exists
	 */
	@Transactional
	public boolean verify(long adminId, long companyId) {
		boolean changed = this.companies.verify(companyId);
		if (changed) {
			this.events.publishEvent(
					AuditedAction.of(adminId, AuditAction.COMPANY_VERIFY, companyId, detail(companyId, "")));
		}
		return changed;
	}

	/**
	 * @param reason why, for the audit log; may be empty
	 * @return whether the company was verified before
	 * @throws CompanyNotFoundException when no such company exists
	 */
	@Transactional
	public boolean unverify(long adminId, long companyId, String reason) {
		boolean changed = this.companies.unverify(companyId);
		if (changed) {
			this.events.publishEvent(
					AuditedAction.of(adminId, AuditAction.COMPANY_UNVERIFY, companyId, detail(companyId, reason)));
		}
		return changed;
	}

	private String detail(long companyId, String reason) {
		Company company = this.companies.findById(companyId).orElseThrow();
		String detail = company.getName() + " (" + company.getSlug() + ")";
		return (reason == null || reason.isBlank()) ? detail : detail + ": " + reason.strip();
	}

}
