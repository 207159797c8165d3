/**
 * The saved-jobs and alerts pages, and the public unsubscribe page of the alert mails.
 */
package ai.slope.alerts.web;
