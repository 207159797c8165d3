package ai.slope.candidates;

import java.util.List;

import org.springframework.stereotype.Component;

import ai.slope.accounts.NextSteps;
import ai.slope.accounts.Role;

/**
 * A job seeker's first steps, offered until their profile has a headline: a profile without one is not yet
 * something a recruiter can read.
 */
@Component
class ProfileNextSteps implements NextSteps {

	private final CandidateProfiles profiles;

	ProfileNextSteps(CandidateProfiles profiles) {
		this.profiles = profiles;
	}

	@Override
	public List<Step> stepsFor(long accountId, Role role) {
		if (role != Role.SEEKER || this.profiles.profileOf(accountId)
			.map(profile -> !profile.getHeadline().isBlank())
			.orElse(false)) {
			return List.of();
		}
		return List.of(new Step("accounts.next.build-profile", "/profile/edit"),
				new Step("accounts.next.browse-jobs", "/jobs"));
	}

}
