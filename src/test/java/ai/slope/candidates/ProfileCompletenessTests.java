package ai.slope.candidates;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.slope.candidates.ProfileCompleteness.Part;
import ai.slope.roles.Seniority;
import ai.slope.web.SkillTags;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileCompletenessTests {

	private static CandidateProfile profile(String headline, String summary, String country, Integer years,
			Set<Long> roles, List<String> skills, String github) {
		CandidateProfile profile = new CandidateProfile(1L, Instant.now());
		profile.change(new CheckedProfile(headline, summary, country, "", false, false, years, null, null, roles,
				EnumSet.noneOf(Seniority.class),
				skills.stream().map(s -> new SkillTags.Skill(SkillTags.tag(s), s)).toList(), github, null, null, null,
				null), null, Instant.now());
		return profile;
	}

	@Test
	void withoutAProfileEverythingIsMissingAndTheHeadlineComesFirst() {
		ProfileCompleteness completeness = ProfileCompleteness.of(null, 0, false, 0, 0);

		assertThat(completeness.percent()).isZero();
		assertThat(completeness.missing()).containsExactly(Part.values());
		assertThat(completeness.next()).isEqualTo(Part.HEADLINE);
		assertThat(completeness.isComplete()).isFalse();
	}

	@Test
	void theWeightsAddUpToAHundred() {
		assertThat(EnumSet.allOf(Part.class).stream().mapToInt(Part::weight).sum()).isEqualTo(100);
	}

	@Test
	void anEmptyProfileWithAResumeIsAFifthComplete() {
		ProfileCompleteness completeness = ProfileCompleteness.of(profile("", "", null, null, Set.of(), List.of(), null),
				0, true, 0, 0);

		assertThat(completeness.percent()).isEqualTo(20);
		assertThat(completeness.missing()).doesNotContain(Part.RESUME);
		assertThat(completeness.next()).isEqualTo(Part.HEADLINE);
	}

	@Test
	void theNextStepIsTheMostUsefulPartStillMissing() {
		CandidateProfile profile = profile("Research engineer", "", "DE", null, Set.of(), List.of("PyTorch", "JAX"),
				null);

		ProfileCompleteness completeness = ProfileCompleteness.of(profile, 0, false, 0, 0);

		// two skills are not enough yet
		assertThat(completeness.missing()).containsExactly(Part.RESUME, Part.SKILLS, Part.ROLES, Part.SUMMARY,
				Part.LINKS, Part.EXPERIENCE, Part.PUBLICATIONS, Part.CAREER, Part.ACHIEVEMENTS);
		assertThat(completeness.next()).isEqualTo(Part.RESUME);
		assertThat(completeness.percent()).isEqualTo(25);
	}

	@Test
	void aFullProfileIsComplete() {
		CandidateProfile profile = profile("Research engineer", "I train models.", "DE", 4, Set.of(7L),
				List.of("PyTorch", "JAX", "CUDA"), "https://github.com/ada");

		ProfileCompleteness completeness = ProfileCompleteness.of(profile, 2, true, 1, 1);

		assertThat(completeness.percent()).isEqualTo(100);
		assertThat(completeness.missing()).isEmpty();
		assertThat(completeness.next()).isNull();
		assertThat(completeness.isComplete()).isTrue();
	}

	@Test
	void theSignalsOfIssue18CountAndEachIsEnoughWithOneEntry() {
		CandidateProfile profile = profile("Research engineer", "I train models.", "DE", 4, Set.of(7L),
				List.of("PyTorch", "JAX", "CUDA"), "https://github.com/ada");

		assertThat(ProfileCompleteness.of(profile, 2, true, 0, 0).missing()).containsExactly(Part.CAREER,
				Part.ACHIEVEMENTS);
		assertThat(ProfileCompleteness.of(profile, 2, true, 0, 0).percent()).isEqualTo(90);
		assertThat(ProfileCompleteness.of(profile, 2, true, 3, 0).missing()).containsExactly(Part.ACHIEVEMENTS);
		assertThat(ProfileCompleteness.of(profile, 2, true, 0, 1).next()).isEqualTo(Part.CAREER);
	}

	@Test
	void publicationsAndTheResumeAreAddedOnTheProfilePageTheRestOnTheForm() {
		assertThat(EnumSet.allOf(Part.class).stream().filter(part -> !part.isOnTheForm()))
			.containsExactly(Part.RESUME, Part.PUBLICATIONS, Part.CAREER, Part.ACHIEVEMENTS);
		assertThat(Part.LOCATION.anchor()).isEqualTo("country");
	}

}
