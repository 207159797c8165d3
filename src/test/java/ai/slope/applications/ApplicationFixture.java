package ai.slope.applications;

import java.util.Locale;

import org.jsoup.nodes.Document;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import ai.slope.accounts.Account;
import ai.slope.accounts.WebSession;
import ai.slope.candidates.TestPdfs;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.PostingFixture;
import ai.slope.jobs.RecruiterFixture;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Postings that take applications, with their company's recruiter, and applications made through the real service
 * or the real form.
 */
@Component
public class ApplicationFixture {

	private final RecruiterFixture recruiters;

	private final PostingFixture postings;

	private final Applications applications;

	ApplicationFixture(RecruiterFixture recruiters, PostingFixture postings, Applications applications) {
		this.recruiters = recruiters;
		this.postings = postings;
		this.applications = applications;
	}

	/**
	 * A published posting (skills PyTorch, CUDA, Kubernetes) that takes applications in Slope, of a verified
	 * company with one recruiter.
	 */
	public Opening opening() {
		return opening(Locale.ENGLISH);
	}

	public Opening opening(Locale recruiterLanguage) {
		RecruiterFixture.Recruiter recruiter = this.recruiters.recruiter(true, recruiterLanguage);
		JobPosting posting = this.postings.posting(recruiter.company(), "ml-engineer", "Senior ML Engineer")
			.skills("PyTorch", "CUDA", "Kubernetes")
			.save();
		return new Opening(recruiter, posting);
	}

	public record Opening(RecruiterFixture.Recruiter recruiter, JobPosting posting) {

		public long postingId() {
			return this.posting.getId();
		}

	}

	/**
	 * An application with a small PDF and a cover note, through the service.
	 */
	public Application apply(Account seeker, JobPosting posting) {
		return this.applications.apply(seeker.getId(), posting.getId(),
				new Applications.ApplyInput("I would love to.", false, "cv.pdf", TestPdfs.pdf()));
	}

	/**
	 * Sends the apply form as a browser does: reads it (for the CSRF token in its hidden field), then posts it.
	 * @param resume the file, or null to send none
	 * @param source {@code profile} or {@code upload}
	 */
	public static MockHttpServletResponse sendForm(MockMvc mvc, WebSession browser, long postingId, String coverNote,
			String source, String fileName, byte[] resume) throws Exception {
		Document form = browser.page("/jobs/" + postingId + "/apply");
		String action = form.select("form#apply-form").attr("action");
		if (action.isEmpty()) {
			throw new AssertionError("No apply form: " + form.title());
		}
		MockMultipartHttpServletRequestBuilder request = multipart(action);
		if (resume != null) {
			request.file(new MockMultipartFile("resume", fileName, "application/pdf", resume));
		}
		request.param("coverNote", coverNote).param("resumeSource", source);
		request.param("_csrf", form.select("form#apply-form input[name=_csrf]").val());
		request.cookie(browser.cookie(WebSession.SESSION_COOKIE)).locale(Locale.ENGLISH);
		return mvc.perform(request).andReturn().getResponse();
	}

}
