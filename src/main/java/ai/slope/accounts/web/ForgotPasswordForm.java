package ai.slope.accounts.web;

record ForgotPasswordForm(String email) {

	static ForgotPasswordForm empty() {
		return new ForgotPasswordForm("");
	}

}
