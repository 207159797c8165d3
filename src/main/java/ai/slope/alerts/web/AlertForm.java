package ai.slope.alerts.web;

import ai.slope.alerts.Frequency;
import ai.slope.alerts.JobAlert;

/**
 * The alert form as typed: the search (a {@code /jobs} query string, carried in a hidden field on a new
 * alert), the name and how often to mail.
 */
record AlertForm(String search, String name, String frequency) {

	static AlertForm of(JobAlert alert) {
		return new AlertForm(alert.getQuery(), alert.getName(), alert.getFrequency().name());
	}

	static AlertForm forSearch(String search, String suggestedName) {
		return new AlertForm(search, suggestedName, Frequency.DAILY.name());
	}

}
