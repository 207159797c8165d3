package ai.slope.candidates;

/**
 * One result of a candidate search: the profile, its owner's name, what its publications add up to, and why it
 * matched. The profile's contact details (e-mail, LinkedIn, personal site, résumé) are not for the recruiter
 * until the candidate accepts an invitation: show its GitHub, Scholar and Hugging Face links only.
 * @param score the rank's score, for the curious (higher is better)
 * @param growth how fast the career grew, or null without positions
 */
public record CandidateHit(CandidateProfile profile, String name, PublicationMetrics metrics,
		MatchExplanation why, float score, CareerGrowth growth) {

	/** A hit without career positions. */
	public CandidateHit(CandidateProfile profile, String name, PublicationMetrics metrics, MatchExplanation why,
			float score) {
		this(profile, name, metrics, why, score, null);
	}

	public long accountId() {
		return this.profile.getAccountId();
	}

}
