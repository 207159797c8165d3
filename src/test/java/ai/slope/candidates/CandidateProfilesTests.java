package ai.slope.candidates;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ai.slope.WebIntegrationTest;
import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.roles.Seniority;
import ai.slope.web.InputProblem;
import ai.slope.web.SkillTags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module's API as other modules will use it, on PostgreSQL.
 */
@WebIntegrationTest
class CandidateProfilesTests {

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	Publications publications;

	@Autowired
	Resumes resumes;

	@Autowired
	CandidateFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAccountWithoutAProfileHasNoSummary() {
		Account seeker = this.fixture.seeker();

		assertThat(this.profiles.find(seeker.getId())).isEmpty();
		assertThat(this.profiles.completeness(seeker.getId()).percent()).isZero();
	}

	@Test
	void theSummaryHasWhatOtherModulesNeed() {
		Account seeker = this.fixture.seeker();
		this.fixture.profile(seeker, "Research engineer", "Py-Torch, JAX, C++, CUDA");
		this.publications.add(seeker.getId(), new Publications.PublicationInput("A", "NeurIPS", "2022", "10", ""));
		this.publications.add(seeker.getId(), new Publications.PublicationInput("B", "ICML", "2023", "3", ""));
		this.publications.add(seeker.getId(), new Publications.PublicationInput("C", "", "2024", "1", ""));
		this.resumes.replace(seeker.getId(), "cv.pdf", TestPdfs.pdf());

		ProfileSummary summary = this.profiles.find(seeker.getId()).orElseThrow();

		assertThat(summary.headline()).isEqualTo("Research engineer");
		assertThat(summary.country()).isEqualTo("DE");
		assertThat(summary.skills()).containsExactly("Py-Torch", "JAX", "C++", "CUDA");
		assertThat(summary.skillTags()).containsExactly("pytorch", "jax", "c++", "cuda");
		assertThat(summary.hasSkill("PyTorch")).isTrue();
		assertThat(summary.hasSkill("C")).isFalse();
		assertThat(summary.wantedSeniorities()).containsExactly(Seniority.SENIOR);
		assertThat(summary.wantedRoleTypeIds()).hasSize(1);
		assertThat(summary.publications()).isEqualTo(new PublicationMetrics(3, 14, 2));
		assertThat(summary.hasResume()).isTrue();
		assertThat(summary.discoverable()).isFalse();
		// no summary, no link
		assertThat(summary.completenessPercent()).isEqualTo(80);
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefused() {
		Account seeker = this.fixture.seeker();
		CandidateProfile first = this.fixture.profile(seeker, "First", "");
		this.profiles.save(seeker.getId(), first.getVersion(), CandidateFixture.input("Second", ""));

		assertThatThrownBy(() -> this.profiles.save(seeker.getId(), first.getVersion(),
				CandidateFixture.input("Third", "")))
			.isInstanceOf(ProfileChangedException.class);
		assertThatThrownBy(() -> this.profiles.save(seeker.getId(), null, CandidateFixture.input("Fourth", "")))
			.isInstanceOf(ProfileChangedException.class);
		assertThat(this.profiles.profileOf(seeker.getId()).orElseThrow().getHeadline()).isEqualTo("Second");
	}

	@Test
	void everyProblemIsReportedAtOnceWithItsField() {
		CandidateProfiles.ProfileInput input = new CandidateProfiles.ProfileInput("x".repeat(121), "", "ZZ", "", false,
				false, "61", List.of("no-such-role"), List.of("GURU"), "-5", "", "a, b, " + "c".repeat(41), "", "", "",
				"", "");

		List<InputProblem> problems = this.profiles.problemsWith(input);

		assertThat(problems).extracting(InputProblem::field)
			.containsExactly("headline", "country", "yearsOfExperience", "minimumSalary", "salaryCurrency",
					"roleTypes", "seniorities", "skills");
	}

	@Test
	void moreThanThirtySkillsAreRefusedButSpellingsOfOneSkillCountOnce() {
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 31; i++) {
			many.append("skill").append(i).append(", ");
		}
		assertThat(this.profiles.problemsWith(CandidateFixture.input("", many.toString())))
			.extracting(InputProblem::code)
			.containsExactly("candidates.error.skills.too-many");

		String spellings = "PyTorch, pytorch, Py-Torch, py torch, PY_TORCH, ".repeat(10);
		Account seeker = this.fixture.seeker();
		CandidateProfile profile = this.fixture.profile(seeker, "", spellings);
		assertThat(profile.getSkills()).containsExactly(new SkillTags.Skill("pytorch", "PyTorch"));
	}

	@Test
	void reorderingSkillsSavesEvenThoughEachTagIsUniquePerProfile() {
		Account seeker = this.fixture.seeker();
		CandidateProfile profile = this.fixture.profile(seeker, "", "A, B, C");

		CandidateProfile reordered = this.profiles.save(seeker.getId(), profile.getVersion(),
				CandidateFixture.input("", "C, A, B"));

		assertThat(reordered.getSkills()).extracting(SkillTags.Skill::tag).containsExactly("c", "a", "b");
		assertThat(this.jdbc.queryForList("select tag from candidate_skill where account_id = ? order by position",
				String.class, seeker.getId())).containsExactly("c", "a", "b");
	}

	@Test
	void theProfileKeepsItsAccountsSuspensionInTheSuspensionsTransaction(@Autowired Accounts accounts,
			@Autowired TransactionTemplate transactions) {
		Account seeker = this.fixture.seeker();
		CandidateProfile profile = this.fixture.profile(seeker, "Suspended soon", "");
		assertThat(accountSuspended(seeker)).isFalse();

		// a suspension that is rolled back leaves the profile as it was
		transactions.executeWithoutResult(status -> {
			accounts.suspend(seeker.getId());
			assertThat(accountSuspended(seeker)).isTrue();
			status.setRollbackOnly();
		});
		assertThat(accountSuspended(seeker)).isFalse();

		accounts.suspend(seeker.getId());
		assertThat(accountSuspended(seeker)).isTrue();
		assertThat(this.profiles.find(seeker.getId())).isPresent();

		accounts.reactivate(seeker.getId());
		assertThat(accountSuspended(seeker)).isFalse();
		// not a change of the profile: a form open in another tab may still be saved
		assertThat(this.profiles.save(seeker.getId(), profile.getVersion(), CandidateFixture.input("Back", ""))
			.getHeadline()).isEqualTo("Back");
	}

	private boolean accountSuspended(Account account) {
		return this.jdbc.queryForObject("select account_suspended from candidate_profile where account_id = ?",
				Boolean.class, account.getId());
	}

}
