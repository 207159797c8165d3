package ai.slope.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.TestMailServer;
import ai.slope.applications.ApplicationFixture;
import ai.slope.applications.ApplyRefusedException;
import ai.slope.jobs.RecruiterFixture.Recruiter;
import ai.slope.system.TestClock;
import ai.slope.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A program's posting closes itself at the end of its deadline's day Anywhere on Earth: published until then (not
 * for its days), taken off the board by the daily job as "deadline passed", moved with its deadline, never
 * extended by days, and not put on the board again while its deadline is behind it.
 */
@WebIntegrationTest
class ProgramDeadlineTests {

	@Autowired
	Postings postings;

	@Autowired
	RecruiterFixture fixture;

	@Autowired
	PostingExpiry expiry;

	@Autowired
	ApplicationFixture applications;

	@Autowired
	Accounts accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void putTheClockBack() {
		this.clock.reset();
	}

	private LocalDate todayAnywhereOnEarth() {
		return this.clock.instant().atOffset(ProgramTerms.ANYWHERE_ON_EARTH).toLocalDate();
	}

	static PostingInput program(String title, OpeningType type, LocalDate deadline) {
		PostingInput base = RecruiterFixture.input(title);
		return new PostingInput(base.roleType(), title, base.seniority(),
				(type == OpeningType.INTERNSHIP) ? EmploymentType.INTERNSHIP : base.employmentType(), base.remotePolicy(),
				base.city(), base.country(), base.salaryMin(), base.salaryMax(), base.salaryCurrency(),
				base.salaryPeriod(), base.visaSponsorship(), base.skills(), base.description(), null, 60, type,
				new ProgramTerms(deadline.plusDays(30), 6, ProgramLengthUnit.MONTHS, deadline, true, false,
						"- Three years in **another field**."));
	}

	private JobPosting published(Recruiter recruiter, String title, LocalDate deadline) {
		JobPosting draft = this.postings.createDraft(recruiter.id(), recruiter.company(),
				program(title, OpeningType.CAREER_SWITCH, deadline));
		return this.postings.submit(recruiter.id(), recruiter.companyId(), draft.getId());
	}

	@Test
	void aProgramIsPublishedUntilTheEndOfItsDeadlineAnywhereOnEarthNotForItsDays() {
		Recruiter recruiter = this.fixture.recruiter(true);
		LocalDate deadline = todayAnywhereOnEarth().plusDays(10);

		JobPosting posting = published(recruiter, "Kiwi accelerator", deadline);

		assertThat(posting.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(posting.getExpiresAt()).isEqualTo(deadline.plusDays(1).atStartOfDay(ProgramTerms.ANYWHERE_ON_EARTH)
			.toInstant()).isEqualTo(ProgramTerms.closingTime(deadline));
		assertThat(posting.getExpiresAt().toString()).endsWith("T12:00:00Z");
		assertThat(posting.getExpiryDays()).as("kept within the schema's bounds, unused").isEqualTo(60);
	}

	@Test
	void theDailyJobTakesAProgramOffTheBoardOnceItsDeadlinePassedWithThatReason() {
		Recruiter recruiter = this.fixture.recruiter(true);
		LocalDate deadline = todayAnywhereOnEarth().plusDays(3);
		JobPosting posting = published(recruiter, "Takahe residency", deadline);
		Instant closing = ProgramTerms.closingTime(deadline);

		this.clock.advance(Duration.between(this.clock.instant(), closing).minusMinutes(1));
		this.expiry.run(this.clock.instant());
		assertThat(this.postings.find(posting.getId()).getStatus()).as("a minute before the end of the day AoE")
			.isEqualTo(JobStatus.PUBLISHED);
		assertThat(this.postings.find(posting.getId()).isLive(this.clock.instant())).isTrue();

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.postings.find(posting.getId()).isLive(this.clock.instant()))
			.as("closed at once, before the daily job runs").isFalse();
		this.expiry.run(this.clock.instant());

		assertThat(this.postings.find(posting.getId()).getStatus()).isEqualTo(JobStatus.EXPIRED);
		assertThat(this.postings.history(posting.getId())).last()
			.satisfies(entry -> assertThat(entry.getReason()).isEqualTo("postings.reason.deadline-passed"));
	}

	@Test
	void applyingIsRefusedOnceTheDeadlineHasPassed() {
		Recruiter recruiter = this.fixture.recruiter(true);
		LocalDate deadline = todayAnywhereOnEarth().plusDays(1);
		JobPosting posting = published(recruiter, "Weka fellowship", deadline);
		var seeker = AccountFixture.create(this.accounts, Role.SEEKER);

		this.clock.advance(Duration.between(this.clock.instant(), ProgramTerms.closingTime(deadline)).plusSeconds(1));

		assertThatExceptionOfType(ApplyRefusedException.class)
			.isThrownBy(() -> this.applications.apply(seeker, posting))
			.satisfies(ex -> assertThat(ex.getReason()).isEqualTo(ApplyRefusedException.Reason.CLOSED));
	}

	@Test
	void movingTheDeadlineOfAPublishedProgramMovesItsClosingAndRemindsAgain() throws Exception {
		Recruiter recruiter = this.fixture.recruiter(true);
		LocalDate deadline = todayAnywhereOnEarth().plusDays(3);
		JobPosting posting = published(recruiter, "Kakapo apprenticeship", deadline);
		assertThat(this.postings.remindBeforeExpiry(this.clock.instant())).isPositive();
		List<MimeMessage> reminders = TestMailServer.awaitMailsTo(recruiter.email(), 1);
		assertThat(TestMailServer.body(reminders.get(0))).contains("application deadline", "move the deadline");

		LocalDate later = deadline.plusDays(20);
		JobPosting moved = this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(),
				this.postings.find(posting.getId()).getVersion(),
				program("Kakapo apprenticeship", OpeningType.CAREER_SWITCH, later));

		assertThat(moved.getExpiresAt()).isEqualTo(ProgramTerms.closingTime(later));
		assertThat(this.postings.history(posting.getId())).last()
			.satisfies(entry -> assertThat(entry.getReason()).isEqualTo("postings.reason.deadline-moved"));
		this.clock.advance(Duration.ofDays(17));
		assertThat(this.postings.remindBeforeExpiry(this.clock.instant())).as("reminded again before the new date")
			.isPositive();
	}

	@Test
	void aProgramIsNotExtendedByDaysAndIsRelistedOnlyWithADeadlineAhead() {
		Recruiter recruiter = this.fixture.recruiter(true);
		LocalDate deadline = todayAnywhereOnEarth().plusDays(2);
		JobPosting posting = published(recruiter, "Tui internship", deadline);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.postings.extend(recruiter.id(), recruiter.companyId(), posting.getId(), 30))
			.satisfies(ex -> assertThat(ex.getProblem().code()).isEqualTo("postings.error.program.extend"));

		this.clock.advance(Duration.ofDays(4));
		this.expiry.run(this.clock.instant());
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.postings.relist(recruiter.id(), recruiter.companyId(), posting.getId(), 30))
			.satisfies(ex -> assertThat(ex.getProblem().field()).isEqualTo("applicationDeadline"))
			.satisfies(ex -> assertThat(ex.getProblem().code()).isEqualTo("postings.error.program.deadline.passed"));

		JobPosting expired = this.postings.find(posting.getId());
		LocalDate next = todayAnywhereOnEarth().plusDays(40);
		this.postings.update(recruiter.id(), recruiter.companyId(), posting.getId(), expired.getVersion(),
				program("Tui internship", OpeningType.CAREER_SWITCH, next));
		JobPosting relisted = this.postings.relist(recruiter.id(), recruiter.companyId(), posting.getId(), 7);

		assertThat(relisted.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(relisted.getExpiresAt()).as("its deadline, not seven days").isEqualTo(ProgramTerms.closingTime(next));
	}

	@Test
	void anAdminCannotApproveAProgramWhoseDeadlinePassedWhileItWaited() {
		Recruiter recruiter = this.fixture.recruiter(false);
		LocalDate deadline = todayAnywhereOnEarth().plusDays(1);
		JobPosting waiting = published(recruiter, "Kea residency", deadline);
		assertThat(waiting.getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);

		this.clock.advance(Duration.ofDays(3));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.postings.approve(recruiter.id(), waiting.getId()))
			.satisfies(ex -> assertThat(ex.getProblem().code()).isEqualTo("postings.error.program.deadline.passed"));
		assertThat(this.postings.find(waiting.getId()).getStatus()).isEqualTo(JobStatus.PENDING_REVIEW);
	}

	@Test
	void aDraftWhoseDeadlinePassedIsNotSubmitted() {
		Recruiter recruiter = this.fixture.recruiter(true);
		JobPosting draft = this.postings.createDraft(recruiter.id(), recruiter.company(),
				program("Pukeko program", OpeningType.RESIDENCY, todayAnywhereOnEarth()));

		this.clock.advance(Duration.ofDays(2));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.postings.submit(recruiter.id(), recruiter.companyId(), draft.getId()));
		assertThat(this.postings.find(draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
	}

}
