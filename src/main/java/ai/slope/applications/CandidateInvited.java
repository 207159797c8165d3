package ai.slope.applications;

/**
 * A recruiter invited a candidate to apply to a posting: the application at SOURCED was made; published in the
 * transaction that made it.
 */
public record CandidateInvited(long applicationId, long postingId, long candidateId) {

}
