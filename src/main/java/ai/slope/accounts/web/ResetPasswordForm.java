package ai.slope.accounts.web;

record ResetPasswordForm(String token, String password) {

}
