package ai.slope.applications;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.candidates.CandidateFixture;
import ai.slope.system.EventListeners;
import ai.slope.system.EventPublicationRetry;
import ai.slope.system.SmtpOutage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail that a listener sends after a commit is not lost when the SMTP server refuses it: its event publication
 * stays in {@code event_publication}, failed, and the retry sends it.
 */
@WebIntegrationTest
class RetriedMailTests {

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	Pipeline pipeline;

	@Autowired
	SmtpOutage outage;

	@Autowired
	EventListeners listeners;

	@Autowired
	EventPublicationRetry retry;

	@AfterEach
	void serverBack() {
		this.outage.end();
	}

	@Test
	void aStageMailTheServerRefusesArrivesWhenTheListenerIsRetried() {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = this.candidates.seeker();
		Application application = this.fixture.apply(ada, opening.posting());
		this.listeners.awaitDone();
		int before = TestMailServer.mailsTo(ada.getEmail()).size();
		long failedBefore = this.listeners.failed(ApplicationStageChanged.class);

		this.outage.begin();
		this.pipeline.moveOne(opening.recruiter().id(), application.getId(), "INTERVIEW", "");
		this.listeners.awaitDone();
		this.outage.end();

		assertThat(TestMailServer.mailsTo(ada.getEmail())).as("refused, so not sent yet").hasSize(before);
		assertThat(this.listeners.failed(ApplicationStageChanged.class)).as("kept to be retried")
			.isEqualTo(failedBefore + 1);

		this.retry.resubmitFailed();

		List<MimeMessage> mails = TestMailServer.awaitMailsTo(ada.getEmail(), before + 1);
		assertThat(mails).hasSize(before + 1);
		assertThat(TestMailServer.mailsTo(ada.getEmail()).get(before))
			.satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Interview: Senior ML Engineer at "
					+ opening.recruiter().company().getName()));
		assertThat(this.listeners.failed(ApplicationStageChanged.class)).as("done, so no longer kept")
			.isEqualTo(failedBefore);
	}

}
