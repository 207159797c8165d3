package ai.slope.applications.web;

import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.TestMailServer;
import ai.slope.accounts.WebSession;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.Pipeline;
import ai.slope.candidates.CandidateFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker's mails about their applications are in the language they last used Slope in: switching language
 * while logged in switches the mails too.
 */
@WebIntegrationTest
class MailLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	Pipeline pipeline;

	@Test
	void aSeekerWhoSwitchedToChineseGetsTheInterviewMailInChinese() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account ada = this.candidates.seeker();
		long application = this.fixture.apply(ada, opening.posting()).getId();
		WebSession.loggedInAs(this.mvc, ada).page("/applications?lang=zh-CN");

		this.pipeline.move(opening.recruiter().id(), opening.postingId(), List.of(application), "INTERVIEW", "");

		List<MimeMessage> mails = TestMailServer.awaitMailsTo(ada.getEmail(), 1);
		assertThat(mails.get(0).getSubject())
			.isEqualTo("面试邀请：" + opening.recruiter().company().getName() + " 的 Senior ML Engineer");
		assertThat(TestMailServer.body(mails.get(0))).startsWith(ada.getDisplayName() + "，你好");
	}

	@Test
	void aSeekerWhoSwitchedToEnglishGetsTheRejectionInEnglish() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account li = this.candidates.seeker(Locale.SIMPLIFIED_CHINESE);
		long application = this.fixture.apply(li, opening.posting()).getId();
		WebSession.loggedInAs(this.mvc, li).page("/applications?lang=en");

		this.pipeline.move(opening.recruiter().id(), opening.postingId(), List.of(application), "REJECTED", "");

		List<MimeMessage> mails = TestMailServer.awaitMailsTo(li.getEmail(), 1);
		assertThat(mails.get(0).getSubject())
			.isEqualTo("Your application for Senior ML Engineer at " + opening.recruiter().company().getName());
	}

}
