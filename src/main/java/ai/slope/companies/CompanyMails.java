package ai.slope.companies;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.StringUtils;

import ai.slope.accounts.Account;
import ai.slope.accounts.Mailer;
import ai.slope.accounts.Accounts;

/**
 * The mails about join requests, each in its reader's language, sent once the decision is committed (a
 * rolled-back approval mails nobody). Like the account mails, they go to the log when no SMTP server is
 * configured.
 */
@Component
class CompanyMails {

	private final Mailer mailer;

	private final Environment environment;

	private final Accounts accounts;

	private final CompanyRepository companies;

	private final CompanyMemberships memberships;

	private final String baseUrl;

	CompanyMails(Mailer mailer, Environment environment,
			Accounts accounts, CompanyRepository companies, CompanyMemberships memberships,
						@Value("${slope.base-url:}") String baseUrl) {
		this.mailer = mailer;
		this.environment = environment;
		this.accounts = accounts;
		this.companies = companies;
		this.memberships = memberships;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener
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

	@TransactionalEventListener
	void joinRequestDecided(JoinRequestDecided event) {
		Company company = this.companies.findById(event.companyId()).orElseThrow();
		Account requester = this.accounts.findById(event.accountId()).orElseThrow();
		String outcome = event.approved() ? "approved" : "declined";
		send(requester, "companies.mail." + outcome + ".subject", "companies.mail." + outcome + ".body",
				requester.getDisplayName(), company.getName(), link("/recruiter/company"));
	}

	/**
	 * An absolute link into Slope: {@code slope.base-url} when set, otherwise this machine's port (never the
	 * request's Host header, which an attacker chooses).
	 */
	private String link(String path) {
		String base = this.baseUrl;
		if (!StringUtils.hasText(base)) {
			String port = this.environment.getProperty("local.server.port",
					this.environment.getProperty("server.port", "8080"));
			base = "http://localhost:" + port;
		}
		return base.replaceAll("/+$", "") + path;
	}

	private void send(Account to, String subjectKey, String bodyKey, Object... arguments) {
		this.mailer.send(to, subjectKey, arguments, bodyKey, arguments);
	}

}
