package ai.slope.companies;

/**
 * A company's name changed; whatever shows or indexes the name (the postings' search index) follows after the
 * commit.
 */
public record CompanyRenamed(long companyId) {
}
