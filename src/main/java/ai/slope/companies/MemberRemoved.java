package ai.slope.companies;

/**
 * A recruiter of the company removed another; the removed recruiter is told after the commit.
 */
public record MemberRemoved(long companyId, long accountId, long removedBy) {
}
