package ai.slope.accounts;

/**
 * An account was suspended or reactivated by an admin; published inside the transaction that changed it, so
 * that other modules can take what the account shows to others out of view (or back) in the same change.
 *
 * @param accountId the account
 * @param suspended whether it is suspended now
 */
public record AccountSuspension(long accountId, boolean suspended) {
}
