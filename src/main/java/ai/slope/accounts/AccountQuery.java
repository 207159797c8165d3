package ai.slope.accounts;

/**
 * What an admin looks for in the user list: words of the email or display name, a role, suspended or not.
 * Each part is optional; null means any.
 * @param text part of the email or display name, whatever its case
 * @param role only accounts of this role
 * @param suspended only suspended accounts (true) or only active ones (false)
 */
public record AccountQuery(String text, Role role, Boolean suspended) {

	public AccountQuery {
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	public static AccountQuery all() {
		return new AccountQuery(null, null, null);
	}

}
