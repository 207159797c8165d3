package ai.slope.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.jobs.JobQuery;
import ai.slope.jobs.JobQueryStrings;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * A job seeker's alerts: create one from a {@code /jobs} search, rename it, change how often it mails, pause
 * and resume it, delete it. A seeker has at most {@link #MAX_ALERTS}, and one per search (the same filters in
 * any order are one search). Another seeker's alert is never found ({@link AlertNotFoundException}).
 */
@Service
public class JobAlerts {

	public static final int MAX_ALERTS = 20;

	public static final int MAX_NAME_LENGTH = 100;

	public static final int PAGE_SIZE = 10;

	private final JobAlertRepository alerts;

	private final JobQueryStrings queryStrings;

	private final Clock clock;

	JobAlerts(JobAlertRepository alerts, JobQueryStrings queryStrings, Clock clock) {
		this.alerts = alerts;
		this.queryStrings = queryStrings;
		this.clock = clock;
	}

	/**
	 * The search a {@code /jobs} query string asks for, or empty when a value in it is not acceptable.
	 */
	public Optional<JobQuery> search(String queryString) {
		return this.queryStrings.parse(queryString);
	}

	/**
	 * Where an alert's search is seen, newest first, from the site's root: {@code /programs} for a search of
	 * programs only (where the program filters are), {@code /jobs} otherwise, and for a query string that no longer
	 * reads.
	 */
	public String searchPath(String queryString) {
		String page = search(queryString).filter(JobQuery::isProgramsOnly).isPresent() ? "/programs" : "/jobs";
		return page + "?" + (queryString.isEmpty() ? "" : queryString + "&") + "sort=newest";
	}

	/**
	 * The canonical query string of a search, as alerts keep it.
	 */
	public String queryString(JobQuery query) {
		return this.queryStrings.format(query);
	}

	@Transactional
	public JobAlert create(long accountId, String queryString, String name, String frequency) {
		List<InputProblem> problems = new ArrayList<>();
		Optional<JobQuery> query = search(queryString);
		String canonical = query.map(this.queryStrings::format).orElse(null);
		if (query.isEmpty()) {
			problems.add(InputProblem.of(null, "alerts.error.search.invalid"));
		}
		String checkedName = checkName(name, problems);
		Frequency checkedFrequency = checkFrequency(frequency, problems);
		if (canonical != null && this.alerts.existsByAccountIdAndQuery(accountId, canonical)) {
			problems.add(InputProblem.of(null, "alerts.error.duplicate"));
		}
		if (this.alerts.countByAccountId(accountId) >= MAX_ALERTS) {
			problems.add(InputProblem.of(null, "alerts.error.too-many", MAX_ALERTS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant();
		try {
			return this.alerts.saveAndFlush(
					new JobAlert(accountId, checkedName, canonical, checkedFrequency, now, today(now)));
		}
		catch (DataIntegrityViolationException ex) {
			// the same search saved at the same moment in another tab
			throw new InvalidInputException(null, "alerts.error.duplicate");
		}
	}

	@Transactional
	public JobAlert update(long accountId, long alertId, String name, String frequency) {
		JobAlert alert = lockOwned(accountId, alertId);
		List<InputProblem> problems = new ArrayList<>();
		String checkedName = checkName(name, problems);
		Frequency checkedFrequency = checkFrequency(frequency, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		alert.change(checkedName, checkedFrequency, today(this.clock.instant()));
		return alert;
	}

	@Transactional
	public JobAlert pause(long accountId, long alertId) {
		JobAlert alert = lockOwned(accountId, alertId);
		alert.pause(this.clock.instant(), false);
		return alert;
	}

	@Transactional
	public JobAlert resume(long accountId, long alertId) {
		JobAlert alert = lockOwned(accountId, alertId);
		Instant now = this.clock.instant();
		alert.resume(now, today(now));
		return alert;
	}

	@Transactional
	public JobAlert delete(long accountId, long alertId) {
		JobAlert alert = lockOwned(accountId, alertId);
		this.alerts.delete(alert);
		return alert;
	}

	/**
	 * Pauses an alert for the unsubscribe link of its mail, which has no login; empty when it no longer
	 * exists. Unsubscribing twice changes nothing.
	 */
	@Transactional
	public Optional<JobAlert> unsubscribe(long alertId) {
		Optional<JobAlert> alert = this.alerts.findAndLock(alertId);
		alert.ifPresent(a -> a.pause(this.clock.instant(), true));
		return alert;
	}

	/**
	 * Undoes {@link #unsubscribe}: the alert mails again, from the postings published from now on.
	 */
	@Transactional
	public Optional<JobAlert> resubscribe(long alertId) {
		Optional<JobAlert> alert = this.alerts.findAndLock(alertId);
		Instant now = this.clock.instant();
		alert.ifPresent(a -> a.resume(now, today(now)));
		return alert;
	}

	private JobAlert lockOwned(long accountId, long alertId) {
		return this.alerts.lockOwned(alertId, accountId).orElseThrow(AlertNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public JobAlert find(long accountId, long alertId) {
		return this.alerts.findByIdAndAccountId(alertId, accountId).orElseThrow(AlertNotFoundException::new);
	}

	/**
	 * A page (from 1) of the seeker's alerts, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<JobAlert> page(long accountId, int page) {
		return this.alerts.findOf(accountId, PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public long count(long accountId) {
		return this.alerts.countByAccountId(accountId);
	}

	/**
	 * The alert of this seeker for this search, if any, so the search page can say it is saved already.
	 */
	@Transactional(readOnly = true)
	public boolean exists(long accountId, JobQuery query) {
		return this.alerts.existsByAccountIdAndQuery(accountId, this.queryStrings.format(query));
	}

	private static String checkName(String name, List<InputProblem> problems) {
		String stripped = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
		if (stripped.isEmpty()) {
			problems.add(InputProblem.of("name", "alerts.error.name.required"));
		}
		else if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
			problems.add(InputProblem.of("name", "alerts.error.name.too-long", MAX_NAME_LENGTH));
		}
		return stripped;
	}

	private static Frequency checkFrequency(String frequency, List<InputProblem> problems) {
		if (frequency != null) {
			for (Frequency value : Frequency.values()) {
				if (value.name().equals(frequency.strip().toUpperCase(Locale.ROOT))) {
					return value;
				}
			}
		}
		problems.add(InputProblem.of("frequency", "alerts.error.frequency.invalid"));
		return null;
	}

	static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

}
