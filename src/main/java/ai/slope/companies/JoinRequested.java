package ai.slope.companies;

/**
 * A recruiter asked to join a company; its recruiters are told after the commit.
 */
public record JoinRequested(long requestId, long companyId, long accountId) {
}
