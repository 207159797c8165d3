package ai.slope.accounts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP server (the embedded run, and the default test context) mails are written to the log,
 * links included.
 */
@SlopeIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogOnlyMailTests {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordResets resets;

	@Test
	void aResetMailWithItsLinkGoesToTheLogInstead(CapturedOutput output) {
		Account account = AccountFixture.create(this.accounts, Role.SEEKER);

		this.resets.requestReset(account.getEmail(), java.util.Locale.ENGLISH);

		assertThat(output.getOut()).contains("No SMTP server is configured")
			.contains("To: " + account.getEmail())
			.contains("Subject: Reset your Slope password")
			.containsPattern("http://localhost:\\d+/password/reset\\?token=[A-Za-z0-9_-]{43}");
	}

	@Test
	void noAdminAndNoDemoAccountWithoutSettings() {
		assertThat(this.accounts.adminExists()).isFalse();
		assertThat(this.accounts.demoAccounts()).isEmpty();
	}

}
