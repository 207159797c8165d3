package ai.slope.accounts;

/**
 * An admin suspended an account; published inside the transaction that suspends it, so that other modules take what
 * the account shows to others out of view in the same change.
 *
 * @param accountId the account
 */
public record AccountSuspended(long accountId) {
}
