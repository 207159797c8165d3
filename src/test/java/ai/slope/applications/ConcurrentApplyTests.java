package ai.slope.applications;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.CandidateFixture;
import ai.slope.candidates.TestPdfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A hundred identical apply requests at once (a stuck button, a script) store one application, one résumé and one
 * line of history; every other request is sent to that application. Withdrawals at once (a double click) withdraw
 * once and answer each request.
 */
@WebIntegrationTest
class ConcurrentApplyTests {

	static final int REQUESTS = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationFixture fixture;

	@Autowired
	CandidateFixture candidates;

	@Autowired
	Applications applications;

	@Test
	void aHundredIdenticalApplyRequestsAtOnceStoreOneApplication() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		WebSession browser = WebSession.loggedInAs(this.mvc, seeker);
		var form = browser.page("/jobs/" + opening.postingId() + "/apply").select("form#apply-form");
		String action = form.attr("action");
		String csrf = form.select("input[name=_csrf]").val();
		byte[] pdf = TestPdfs.pdf();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < REQUESTS; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(multipart(action)
							.file(new org.springframework.mock.web.MockMultipartFile("resume", "cv.pdf",
									"application/pdf", pdf))
							.param("coverNote", "Hello")
							.param("resumeSource", "upload")
							.param("_csrf", csrf)
							.cookie(browser.cookie(WebSession.SESSION_COOKIE)))
						.andReturn()
						.getResponse();
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}

		long id = this.jdbc.queryForObject("select id from application where posting_id = ? and account_id = ?",
				Long.class, opening.postingId(), seeker.getId());
		for (Future<MockHttpServletResponse> answer : answers) {
			assertThat(answer.get().getRedirectedUrl()).isEqualTo("/applications/" + id);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from application where posting_id = ?", Integer.class,
				opening.postingId())).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from application_resume where application_id = ?",
				Integer.class, id)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from application_stage_change where application_id = ?",
				Integer.class, id)).isEqualTo(1);
	}

	@Test
	void withdrawalsAtOnceWithdrawOnceAndFailNone() throws Exception {
		ApplicationFixture.Opening opening = this.fixture.opening();
		Account seeker = this.candidates.seeker();
		long id = this.fixture.apply(seeker, opening.posting()).getId();
		int requests = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		List<Future<Boolean>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return this.applications.withdraw(seeker.getId(), id);
				}));
			}
			start.countDown();
			pool.shutdown();
			assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
		}
		finally {
			pool.shutdownNow();
		}

		List<Boolean> withdrawn = new ArrayList<>();
		for (Future<Boolean> answer : answers) {
			withdrawn.add(answer.get());
		}
		assertThat(withdrawn).containsOnlyOnce(true).hasSize(requests);
		assertThat(this.jdbc.queryForObject("select count(*) from application_stage_change where application_id = ?",
				Integer.class, id)).isEqualTo(2);
	}

}
