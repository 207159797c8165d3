package ai.slope.companies;

/**
 * A recruiter of the company approved or declined a join request; the requester is told after the commit.
 */
public record JoinRequestDecided(long companyId, long accountId, long decidedBy, boolean approved) {
}
