package ai.slope.candidates.web;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.slope.candidates.BlindProfiles;
import ai.slope.candidates.CandidateHit;
import ai.slope.candidates.CandidateProfile;

/**
 * A candidate as a blind search shows them (docs/candidates.md, "Blind search"): their alias ("Candidate 7QX2M4",
 * from their account id, the same on every page of the search and on their page opened from it), and their headline
 * and summary without their name and contact details ({@link BlindProfiles#redact}).
 */
record BlindCandidate(String alias, String headline, String summary) {

	static BlindCandidate of(BlindProfiles aliases, CandidateProfile profile, String name) {
		return new BlindCandidate(aliases.candidateAlias(profile.getAccountId()),
				BlindProfiles.redact(profile.getHeadline(), name), BlindProfiles.redact(profile.getSummary(), name));
	}

	/** The blind view of each hit, by account id. */
	static Map<Long, BlindCandidate> of(BlindProfiles aliases, Iterable<CandidateHit> hits) {
		Map<Long, BlindCandidate> views = new LinkedHashMap<>();
		hits.forEach(hit -> views.put(hit.accountId(), of(aliases, hit.profile(), hit.name())));
		return views;
	}

}
