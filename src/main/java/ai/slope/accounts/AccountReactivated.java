package ai.slope.accounts;

/**
 * An admin reactivated a suspended account; published inside the transaction that reactivates it, so that other
 * modules bring back into view what the account shows to others in the same change.
 *
 * @param accountId the account
 */
public record AccountReactivated(long accountId) {
}
