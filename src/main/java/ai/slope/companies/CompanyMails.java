package ai.slope.companies;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Mailer;

/**
 * The mails about join requests, each in its reader's language, sent once the decision is committed (a
 * rolled-back approval mails nobody). Like the account mails, they go to the log when no SMTP server is
 * configured.
 */
@Component
class CompanyMails {

	private final Mailer mailer;

	private final Accounts accounts;

	private final CompanyRepository companies;

	private final CompanyMemberships memberships;

	CompanyMails(Mailer mailer, Accounts accounts, CompanyRepository companies, CompanyMemberships memberships) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.companies = companies;
		this.memberships = memberships;
	}

	@ApplicationModuleListener
	void joinRequested(JoinRequested event) {
		Company company = this.companies.findById(event.companyId()).orElseThrow();
		Account requester = this.accounts.findById(event.accountId()).orElseThrow();
		for (long memberId : this.memberships.activeMemberIds(event.companyId())) {
			this.accounts.findById(memberId)
				.ifPresent(member -> send(member, "companies.mail.requested.subject", "companies.mail.requested.body",
						member.getDisplayName(), requester.getDisplayName(), requester.getEmail(), company.getName(),
						link("/recruiter/company")));
		}
	}

	@ApplicationModuleListener
	void joinRequestDecided(JoinRequestDecided event) {
		Company company = this.companies.findById(event.companyId()).orElseThrow();
		Account requester = this.accounts.findById(event.accountId()).orElseThrow();
		String outcome = event.approved() ? "approved" : "declined";
		send(requester, "companies.mail." + outcome + ".subject", "companies.mail." + outcome + ".body",
				requester.getDisplayName(), company.getName(), link("/recruiter/company"));
	}

	@ApplicationModuleListener
	void memberRemoved(MemberRemoved event) {
		Company company = this.companies.findById(event.companyId()).orElseThrow();
		Account removed = this.accounts.findById(event.accountId()).orElseThrow();
		Account remover = this.accounts.findById(event.removedBy()).orElseThrow();
		send(removed, "companies.mail.removed.subject", "companies.mail.removed.body", removed.getDisplayName(),
				company.getName(), remover.getDisplayName(), link("/recruiter/company"));
	}

	private String link(String path) {
		return this.mailer.link(path).toUriString();
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		this.mailer.send(to, subjectKey, arguments, bodyKey, arguments);
	}

}
