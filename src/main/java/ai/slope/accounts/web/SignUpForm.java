package ai.slope.accounts.web;

/**
 * What the sign-up page sends. Text only, so every value (a wrong role too) gets a message of its own; the
 * rules are {@code Accounts}'.
 */
record SignUpForm(String email, String displayName, String password, String role) {

	static SignUpForm empty(String role) {
		return new SignUpForm("", "", "", role);
	}

}
