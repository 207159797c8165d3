package ai.slope.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.TestMailServer;
import ai.slope.jobs.RecruiterFixture.Recruiter;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.system.TestClock;
import ai.slope.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@WebIntegrationTest
class PostingLifecycleTests {

	@Autowired
	Postings postings;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	JobSearch search;

	@Autowired
	JobPostingRepository repository;

	@Autowired
	PostingExpiry expiry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	private JobPosting draft(Recruiter recruiter, String title) {
		return this.postings.createDraft(recruiter.id(), recruiter.company(), RecruiterFixture.input(title));
	}

	private boolean searchable(JobPosting posting, String keyword) {
		return this.search.search(JobQuery.all().withKeywords(keyword))
			.hits()
			.stream()
			.anyMatch(hit -> hit.id() == posting.getId());
	}

	@Test
	void aDraftOfAVerifiedCompanyIsPublishedAtOnceForItsChosenDays() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting draft = draft(recruiter, "Quokkaflux engineer");
		assertThat(draft.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(searchable(draft, "Quokkaflux")).isFalse();

		JobPosting published = this.postings.submit(recruiter.id(), recruiter.companyId(), draft.getId());

		assertThat(published.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(published.getPublishedAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
		assertThat(Duration.between(published.getPublishedAt(), published.getExpiresAt())).isEqualTo(Duration.ofDays(60));
		assertThat(searchable(published, "Quokkaflux")).isTrue();
		assertThat(this.postings.history(draft.getId())).extracting(PostingHistoryEntry::getFromStatus,
				PostingHistoryEntry::getToStatus, PostingHistoryEntry::getActorId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, JobStatus.DRAFT, recruiter.id()),
					org.assertj.core.groups.Tuple.tuple(JobStatus.DRAFT, JobStatus.PUBLISHED, recruiter.id()));
	}

	@Test
	void aDraftOfAnUnverifiedCompanyWaitsForReviewOutOfSearch() {
		Recruiter recruiter = this.fixture.recruiter(false);
		JobPosting draft = draft(recruiter, "Wombatcore researcher");

		JobPosting submitted = this.postings.submit(recruiter.id(), recruiter.companyId(), draft.getId());

		assertThat(submitted.getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
		assertThat(submitted.getSubmittedAt()).isNotNull();
		assertThat(submitted.getPublishedAt()).isNull();
		assertThat(searchable(submitted, "Wombatcore")).isFalse();
	}

	@Test
	void changingTheReviewedTextOfAnUnverifiedCompanysPublishedPostingSendsItBackToReview() {
		Recruiter recruiter = this.fixture.recruiter(false);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Numbatdrift engineer").getId());
		posting = this.postings.approve(recruiter.id(), posting.getId());
		assertThat(searchable(posting, "Numbatdrift")).isTrue();

		PostingInput skillsOnly = new PostingInput("ml-engineer", "Numbatdrift engineer",
				posting.getSeniority(), posting.getEmploymentType(), posting.getRemotePolicy(), "Berlin", "DE", 150_000,
				200_000, "USD", SalaryPeriod.YEAR, true, List.of("JAX"), "## About\n\nShip models.", null, 60);
		posting = this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(), posting.getVersion(),
				skillsOnly);
		assertThat(posting.getStatus()).as("skills are not reviewed").isEqualTo(JobStatus.PUBLISHED);

		posting = this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(), posting.getVersion(),
				RecruiterFixture.input("Numbatdrift engineer", 150_000, 900_000, "USD", SalaryPeriod.YEAR));

		assertThat(posting.getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
		assertThat(searchable(posting, "Numbatdrift")).isFalse();
		assertThat(this.postings.history(posting.getId())).last()
			.satisfies(entry -> assertThat(entry.getReason()).isEqualTo("postings.reason.changed-after-approval"));
	}

	private PostingInput applyingAt(String title, String applyUrl) {
		PostingInput base = RecruiterFixture.input(title);
		return new PostingInput(base.roleType(), base.title(), base.seniority(), base.employmentType(),
				base.remotePolicy(), base.city(), base.country(), base.salaryMin(), base.salaryMax(),
				base.salaryCurrency(), base.salaryPeriod(), base.visaSponsorship(), base.skills(), base.description(),
				applyUrl, base.expiryDays());
	}

	@Test
	void changingTheApplyLinkOfAnUnverifiedCompanysPublishedPostingSendsItBackToReview() {
		Recruiter recruiter = this.fixture.recruiter(false);
		JobPosting posting = this.postings.createDraft(recruiter.id(), recruiter.company(),
				applyingAt("Potoroolink engineer", "https://careers.example/potoroo"));
		posting = this.postings.submit(recruiter.id(), recruiter.companyId(), posting.getId());
		posting = this.postings.approve(recruiter.id(), posting.getId());
		assertThat(posting.getStatus()).isEqualTo(JobStatus.PUBLISHED);

		posting = this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(), posting.getVersion(),
				applyingAt("Potoroolink engineer", "https://evil.example/phish-login"));

		assertThat(posting.getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
		assertThat(searchable(posting, "Potoroolink")).isFalse();
		assertThat(this.postings.history(posting.getId())).last().satisfies(entry -> {
			assertThat(entry.getFromStatus()).isEqualTo(JobStatus.PUBLISHED);
			assertThat(entry.getToStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
			assertThat(entry.getReason()).isEqualTo("postings.reason.apply-changed-after-approval");
		});
	}

	@Test
	void switchingBetweenApplyingInSlopeAndElsewhereSendsAnUnverifiedCompanysPostingBackToReview() {
		Recruiter recruiter = this.fixture.recruiter(false);
		JobPosting inApp = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Bilbyswitch engineer").getId());
		inApp = this.postings.approve(recruiter.id(), inApp.getId());
		assertThat(inApp.isInAppApply()).isTrue();

		JobPosting external = this.postings.update(recruiter.id(), recruiter.companyId(), inApp.getId(),
				inApp.getVersion(), applyingAt("Bilbyswitch engineer", "https://evil.example/phish-login"));
		assertThat(external.getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);

		JobPosting other = this.postings.createDraft(recruiter.id(), recruiter.company(),
				applyingAt("Quollswitch engineer", "https://careers.example/quoll"));
		other = this.postings.approve(recruiter.id(),
				this.postings.submit(recruiter.id(), recruiter.companyId(), other.getId()).getId());
		other = this.postings.update(recruiter.id(), recruiter.companyId(), other.getId(), other.getVersion(),
				applyingAt("Quollswitch engineer", null));
		assertThat(other.getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
	}

	@Test
	void aVerifiedCompanyChangesItsApplyLinkWithoutReview() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting posting = this.postings.createDraft(recruiter.id(), recruiter.company(),
				applyingAt("Wallabylink engineer", "https://careers.example/wallaby"));
		posting = this.postings.submit(recruiter.id(), recruiter.companyId(), posting.getId());

		posting = this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(), posting.getVersion(),
				applyingAt("Wallabylink engineer", "https://careers.example/wallaby-2"));

		assertThat(posting.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(posting.getApplyUrl()).isEqualTo("https://careers.example/wallaby-2");
	}

	@Test
	void aVerifiedCompanyEditsItsPublishedPostingWithoutReview() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Dugongwave engineer").getId());

		posting = this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(), posting.getVersion(),
				RecruiterFixture.input("Dugongwave staff engineer"));

		assertThat(posting.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(this.search.search(JobQuery.all().withKeywords("Dugongwave")).hits())
			.extracting(JobSummary::title)
			.containsExactly("Dugongwave staff engineer");
	}

	@Test
	void aClosedPostingLeavesSearchAndKeepsItsReason() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Kakapolens engineer").getId());
		assertThat(searchable(posting, "Kakapolens")).isTrue();

		JobPosting closed = this.postings.close(recruiter.id(), recruiter.companyId(), posting.getId(),
				CloseReason.FILLED);

		assertThat(closed.getStatus()).isEqualTo(JobStatus.CLOSED);
		assertThat(closed.getCloseReason()).isEqualTo(CloseReason.FILLED);
		assertThat(searchable(posting, "Kakapolens")).isFalse();
		assertThat(this.postings.history(posting.getId())).last().satisfies(entry -> {
			assertThat(entry.getFromStatus()).isEqualTo(JobStatus.PUBLISHED);
			assertThat(entry.getToStatus()).isEqualTo(JobStatus.CLOSED);
			assertThat(entry.getReason()).isEqualTo("postings.close-reason.FILLED");
		});
	}

	@Test
	void aClosedPostingIsRelistedWithANewDateAndAnUnverifiedCompanysWaitsForReview() {
		Recruiter verified = this.fixture.recruiter(true);
		JobPosting posting = this.postings.submit(verified.id(), verified.companyId(),
				draft(verified, "Tuatarabit engineer").getId());
		this.postings.close(verified.id(), verified.companyId(), posting.getId(), CloseReason.CANCELLED);
		this.clock.advance(Duration.ofDays(20));

		JobPosting relisted = this.postings.relist(verified.id(), verified.companyId(), posting.getId(), 30);

		assertThat(relisted.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(relisted.getPublishedAt()).isCloseTo(this.clock.instant(), within(1, ChronoUnit.MINUTES));
		assertThat(relisted.getExpiresAt()).isCloseTo(this.clock.instant().plus(30, ChronoUnit.DAYS),
				within(1, ChronoUnit.MINUTES));
		assertThat(relisted.getCloseReason()).isNull();
		assertThat(searchable(relisted, "Tuatarabit")).isTrue();

		Recruiter unverified = this.fixture.recruiter(false);
		JobPosting other = this.postings.approve(unverified.id(), this.postings.submit(unverified.id(), unverified.companyId(),
				draft(unverified, "Takahebit engineer").getId()).getId());
		this.postings.close(unverified.id(), unverified.companyId(), other.getId(), CloseReason.FILLED);
		assertThat(this.postings.relist(unverified.id(), unverified.companyId(), other.getId(), null).getStatus())
			.isEqualTo(JobStatus.PENDING_REVIEW);
	}

	@Test
	void extendingKeepsThe7To90DaysRule() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Extendable engineer").getId());

		assertThatThrownBy(() -> this.postings.extend(recruiter.id(), recruiter.companyId(), posting.getId(), 91))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.postings.extend(recruiter.id(), recruiter.companyId(), posting.getId(), 6))
			.isInstanceOf(InvalidInputException.class);
		JobPosting extended = this.postings.extend(recruiter.id(), recruiter.companyId(), posting.getId(), 90);

		assertThat(extended.getExpiresAt()).isCloseTo(Instant.now().plus(90, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));
		assertThat(this.postings.history(posting.getId())).last()
			.satisfies(entry -> assertThat(entry.getReason()).isEqualTo("postings.reason.extended"));
	}

	@Test
	void duplicatingMakesANewDraftWithTheSameText() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Twin engineer").getId());

		JobPosting copy = this.postings.duplicate(recruiter.id(), recruiter.companyId(), posting.getId());

		assertThat(copy.getId()).isNotEqualTo(posting.getId());
		assertThat(copy.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(PostingInput.of(copy)).isEqualTo(PostingInput.of(this.postings.find(posting.getId())));
		assertThat(copy.getPublishedAt()).isNull();
	}

	@Test
	void actionsThatDoNotFitTheStatusAreRefused() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting draft = draft(recruiter, "Stateful engineer");

		assertThatThrownBy(() -> this.postings.close(recruiter.id(), recruiter.companyId(), draft.getId(),
				CloseReason.FILLED)).isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> this.postings.relist(recruiter.id(), recruiter.companyId(), draft.getId(), null))
			.isInstanceOf(PostingStateException.class);
		assertThatThrownBy(() -> this.postings.approve(recruiter.id(), draft.getId())).isInstanceOf(PostingStateException.class);
	}

	@Test
	void anotherCompanysPostingIsNotFound() {
		Recruiter owner = this.fixture.recruiter(true);
		Recruiter other = this.fixture.recruiter(true);
		JobPosting draft = draft(owner, "Private engineer");

		assertThatThrownBy(() -> this.postings.ofCompany(other.companyId(), draft.getId()))
			.isInstanceOf(PostingNotFoundException.class);
		assertThatThrownBy(() -> this.postings.submit(other.id(), other.companyId(), draft.getId()))
			.isInstanceOf(PostingNotFoundException.class);
		assertThat(this.postings.find(draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
	}

	@Test
	void theDailyJobExpiresOverduePostingsAndTakesThemOutOfSearch() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Bilbyscale engineer").getId());

		this.expiry.run(posting.getExpiresAt().minusSeconds(1));
		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
		// everything due a second before was expired by that run: another at the same moment finds nothing
		PostingExpiry.Result early = this.expiry.run(posting.getExpiresAt().minusSeconds(1));

		PostingExpiry.Result result = this.expiry.run(posting.getExpiresAt().plusSeconds(1));

		assertThat(early.expired()).isZero();
		assertThat(result.expired()).isPositive();
		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.EXPIRED);
		assertThat(searchable(posting, "Bilbyscale")).isFalse();
		assertThat(this.postings.history(posting.getId())).last().satisfies(entry -> {
			assertThat(entry.getActorId()).isNull();
			assertThat(entry.getToStatus()).isEqualTo(JobStatus.EXPIRED);
		});
	}

	@Test
	void theRecruitersAreRemindedOnceAWeekBeforeExpiryInTheirLanguage() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(true, Locale.SIMPLIFIED_CHINESE);
		var colleague = this.fixture.join(recruiter.company(), Locale.ENGLISH);
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Echidnaflow engineer").getId());
		Instant eightDaysBefore = posting.getExpiresAt().minus(8, ChronoUnit.DAYS);
		Instant sixDaysBefore = posting.getExpiresAt().minus(6, ChronoUnit.DAYS);

		this.expiry.run(eightDaysBefore);
		assertThat(TestMailServer.mailsTo(recruiter.email())).isEmpty();

		this.expiry.run(sixDaysBefore);
		this.expiry.run(sixDaysBefore.plus(1, ChronoUnit.DAYS));

		assertThat(TestMailServer.mailsTo(recruiter.email())).singleElement().satisfies(mail -> {
			assertThat(mail.getSubject()).contains("Echidnaflow engineer").contains("到期");
			assertThat(TestMailServer.body(mail)).contains("https://slope.test/recruiter/postings/" + posting.getId());
		});
		assertThat(TestMailServer.mailsTo(colleague.getEmail())).singleElement()
			.satisfies(mail -> assertThat(mail.getSubject()).startsWith("Your posting"));
		assertThat(this.repository.findById(posting.getId()).orElseThrow().getReminderSentAt()).isNotNull();
	}

	@Test
	void whileAnotherInstanceHoldsTheLockTheScheduledJobDoesNothing() {
		Recruiter recruiter = this.fixture.recruiter(true);
		// published so long ago that it expired an hour ago (moving the clock forward instead would let the run
		// expire every other test's postings too)
		this.clock.advance(Duration.ofDays(-PostingRules.DEFAULT_EXPIRY_DAYS).minusHours(1));
		JobPosting posting = this.postings.submit(recruiter.id(), recruiter.companyId(),
				draft(recruiter, "Lockstep engineer").getId());
		this.clock.reset();
		assertThat(posting.getExpiresAt()).isBetween(this.clock.instant().minus(Duration.ofHours(2)),
				this.clock.instant());
		this.jdbc.update("delete from shedlock where name = ?", PostingExpiry.LOCK_NAME);
		this.jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) "
				+ "values (?, now() + interval '10 minutes', now(), 'another-instance')", PostingExpiry.LOCK_NAME);

		this.expiry.runScheduled();
		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);

		// the other instance's lock runs out (set in SQL: ShedLock's lock times keep the real clock)
		this.jdbc.update("update shedlock set lock_until = now() - interval '1 second' where name = ?",
				PostingExpiry.LOCK_NAME);
		this.expiry.runScheduled();

		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.EXPIRED);
		assertThat(this.jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class,
				PostingExpiry.LOCK_NAME)).isNotEqualTo("another-instance");
	}

}
