package ai.slope.accounts.web;

record ChangePasswordForm(String currentPassword, String newPassword) {

	static ChangePasswordForm empty() {
		return new ChangePasswordForm("", "");
	}

}
