/**
 * The account pages: log in, sign up, the account overview, change and reset password.
 */
package ai.slope.accounts.web;
