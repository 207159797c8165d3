/**
 * Users, sign-up and login, and the security rules of the whole application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "web" })
package ai.slope.accounts;
