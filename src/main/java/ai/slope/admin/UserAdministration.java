package ai.slope.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditDetail;
import ai.slope.audit.AuditedAction;

/**
 * What an admin does to other people's accounts: suspend, reactivate, change the role. Each action and its
 * audit entry are stored in one transaction. An admin cannot do any of it to their own account, so there is
 * always at least one active admin.
 */
@Service
public class UserAdministration {

	public static final int MAX_REASON_LENGTH = 500;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	UserAdministration(Accounts accounts, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.events = events;
	}

	/**
	 * Suspends an account: it cannot log in any more and its sessions end.
	 * @param reason why, for the audit log (may be empty)
	 * @throws AdminActionRefusedException when the admin names themself, the account is already suspended or
	 * the reason is too long
	 */
	@Transactional
	public void suspend(long adminId, long accountId, String reason) {
		Account account = otherAccount(adminId, accountId, "admin.users.error.self-suspend");
		String detail = (reason == null) ? "" : reason.strip();
		if (detail.length() > MAX_REASON_LENGTH) {
			throw new AdminActionRefusedException("admin.users.error.reason-too-long");
		}
		if (account.isSuspended()) {
			throw new AdminActionRefusedException("admin.users.error.already-suspended");
		}
		this.accounts.suspend(accountId);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.ACCOUNT_SUSPEND, accountId, detail));
	}

	/**
	 * Lets a suspended account log in again.
	 * @throws AdminActionRefusedException when the account is not suspended
	 */
	@Transactional
	public void reactivate(long adminId, long accountId) {
		Account account = otherAccount(adminId, accountId, "admin.users.error.self-reactivate");
		if (!account.isSuspended()) {
			throw new AdminActionRefusedException("admin.users.error.not-suspended");
		}
		this.accounts.reactivate(accountId);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.ACCOUNT_REACTIVATE, accountId, ""));
	}

	/**
	 * Gives an account another role, such as making another admin. The account's sessions end, so the new
	 * role applies from its next login.
	 * @throws AdminActionRefusedException when the admin names themself or the role is the one it has
	 */
	@Transactional
	public void changeRole(long adminId, long accountId, Role role) {
		Account account = otherAccount(adminId, accountId, "admin.users.error.self-role");
		if (role == null || account.getRole() == role) {
			throw new AdminActionRefusedException("admin.users.error.same-role");
		}
		Role old = this.accounts.changeRole(accountId, role);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.ACCOUNT_ROLE, accountId,
				AuditDetail.of("change", AuditDetail.label("accounts.role." + old.name()),
						AuditDetail.label("accounts.role." + role.name()))));
	}

	private Account otherAccount(long adminId, long accountId, String selfCode) {
		if (adminId == accountId) {
			throw new AdminActionRefusedException(selfCode);
		}
		return this.accounts.findById(accountId).orElseThrow(UnknownAccountException::new);
	}

	/**
	 * Thrown when no account has the id given.
	 */
	public static class UnknownAccountException extends RuntimeException {

		UnknownAccountException() {
			super("No such account", null, false, false);
		}

	}

}
