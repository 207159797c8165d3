package ai.slope.salaries;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.Countries;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The admins’ review of salary records: the queue of submissions waiting (PENDING) and outliers (FLAGGED);
 * approving or rejecting one or many at once with a note; editing one (its values, with a note, which approves
 * it). A reviewed record keeps the admin’s decision when outliers are flagged again. The callers record each
 * change in the audit log in the same transaction.
 */
@Service
public class SalaryReview {

	public static final int MAX_NOTE = 1000;

	/** The most records one bulk action takes: a page of the queue is 50. */
	public static final int MAX_BULK = 200;

	private final JdbcClient jdbc;

	private final ExchangeRates rates;

	private final Countries countries;

	private final TitleRules rules;

	private final SalaryOutliers outliers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SalaryReview(JdbcClient jdbc, ExchangeRates rates, Countries countries, TitleRules rules, SalaryOutliers outliers,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.rates = rates;
		this.countries = countries;
		this.rules = rules;
		this.outliers = outliers;
		this.events = events;
		this.clock = clock;
	}

	public enum Decision {

		APPROVE(SalaryStatus.APPROVED), REJECT(SalaryStatus.REJECTED);

		private final SalaryStatus status;

		Decision(SalaryStatus status) {
			this.status = status;
		}

		public SalaryStatus status() {
			return this.status;
		}

	}

	/**
	 * A record before and after a change.
	 */
	public record Change(SalaryRecord before, SalaryRecord after) {
	}

	/**
	 * The records waiting for review with that status (PENDING or FLAGGED), oldest first; null for both.
	 */
	@Transactional(readOnly = true)
	public List<SalaryRecord> queue(SalaryStatus status, int offset, int limit) {
		return this.jdbc.sql("select " + SalaryRecord.COLUMNS + " from salary_record where " + queueWhere(status)
				+ " order by id limit ? offset ?").params(limit, offset).query(SalaryRecord::read).list();
	}

	@Transactional(readOnly = true)
	public long queueSize(SalaryStatus status) {
		return this.jdbc.sql("select count(*) from salary_record where " + queueWhere(status))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<SalaryRecord> find(long id) {
		return this.jdbc.sql("select " + SalaryRecord.COLUMNS + " from salary_record where id = ?")
			.param(id)
			.query(SalaryRecord::read)
			.optional();
	}

	/**
	 * Approves or rejects records, with a note (needed to reject).
	 * @return each record changed, before and after
	 * @throws InvalidInputException when no record is chosen, too many are, or the note is missing or too long
	 * @throws SalaryNotFoundException when a record does not exist
	 */
	@Transactional
	public List<Change> decide(long adminId, List<Long> ids, Decision decision, String note) {
		List<InputProblem> problems = new ArrayList<>();
		String cleanNote = (note == null) ? "" : note.strip();
		if (ids == null || ids.isEmpty()) {
			problems.add(new InputProblem(null, "salaries.review.error.none", List.of()));
		}
		else if (ids.size() > MAX_BULK) {
			problems.add(new InputProblem(null, "salaries.review.error.too-many", List.of(MAX_BULK)));
		}
		if (decision == Decision.REJECT && cleanNote.isEmpty()) {
			problems.add(new InputProblem("note", "salaries.review.error.note", List.of()));
		}
		if (cleanNote.length() > MAX_NOTE) {
			problems.add(new InputProblem("note", "salaries.review.error.note-length", List.of(MAX_NOTE)));
		}
		if (decision == null) {
			problems.add(new InputProblem(null, "salaries.review.error.none", List.of()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<Change> changes = new ArrayList<>();
		for (long id : ids.stream().distinct().sorted().toList()) {
			SalaryRecord before = lock(id);
			this.jdbc.sql("""
					update salary_record set status = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?,
					  version = version + 1
					where id = ?
					""").params(decision.status().name(), cleanNote.isEmpty() ? null : cleanNote, adminId,
					Timestamp.from(this.clock.instant()), id).update();
			SalaryRecord after = find(id).orElseThrow();
			changes.add(new Change(before, after));
			if (decision == Decision.REJECT && after.submittedBy() != null && before.status() != SalaryStatus.REJECTED) {
				this.events.publishEvent(new SalaryRejected(id, after.submittedBy(), cleanNote));
			}
		}
		this.outliers.flag();
		return changes;
	}

	/**
	 * Changes a record’s values, with a note saying why; the record is approved. Its title is mapped and its US
	 * dollars computed anew.
	 * @throws InvalidInputException when a value breaks a rule or the note is missing
	 * @throws SalaryConflictException when someone changed the record since {@code expectedVersion}
	 * @throws SalaryNotFoundException when it does not exist
	 */
	@Transactional
	public Change edit(long adminId, long id, long expectedVersion, Map<String, String> fields, String note) {
		SalaryRecord before = lock(id);
		SalaryInput.Checked checked = SalaryInput.check(fields, this.rates, this.countries, this.clock);
		List<InputProblem> problems = new ArrayList<>(
				checked.problems().stream().map(p -> p.toInputProblem(this.clock)).toList());
		String cleanNote = (note == null) ? "" : note.strip();
		if (cleanNote.isEmpty()) {
			problems.add(new InputProblem("note", "salaries.review.error.note", List.of()));
		}
		else if (cleanNote.length() > MAX_NOTE) {
			problems.add(new InputProblem("note", "salaries.review.error.note-length", List.of(MAX_NOTE)));
		}
		int usd = 0;
		if (checked.ok()) {
			usd = this.rates.yearlyToUsd(checked.values().amount(), checked.values().currency(),
					checked.values().year());
			if (usd < 1) {
				problems.add(new InputProblem("amount", "salaries.reason.amount", List.of()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (before.version() != expectedVersion) {
			throw new SalaryConflictException();
		}
		SalaryValues values = checked.values();
		TitleRules.Decision decision = this.rules.resolver().decide(values.jobTitle());
		this.jdbc.sql("""
				update salary_record set year = ?, role_type = ?, out_of_scope = ?, job_title = ?, experience_level = ?,
				  employment_type = ?, amount = ?, currency = ?, amount_usd = ?, employee_residence = ?,
				  company_location = ?, remote_ratio = ?, company_size = ?, status = 'APPROVED', flag_reason = null,
				  review_note = ?, reviewed_by = ?, reviewed_at = ?, version = version + 1
				where id = ?
				""").params(values.year(), decision.roleType(), decision.outOfScope(), values.jobTitle(),
				values.experienceLevel().name(), values.employmentType(), values.amount(), values.currency(), usd,
				values.employeeResidence(), values.companyLocation(), values.remoteRatio(), values.companySize(),
				cleanNote, adminId, Timestamp.from(this.clock.instant()), id).update();
		this.outliers.flag();
		return new Change(before, find(id).orElseThrow());
	}

	/**
	 * How many records have each status (every status, 0 when none).
	 */
	@Transactional(readOnly = true)
	public Map<SalaryStatus, Long> statusCounts() {
		Map<SalaryStatus, Long> counts = new java.util.EnumMap<>(SalaryStatus.class);
		for (SalaryStatus status : SalaryStatus.values()) {
			counts.put(status, 0L);
		}
		this.jdbc.sql("select status, count(*) from salary_record group by status").query(rs -> {
			counts.put(SalaryStatus.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	private SalaryRecord lock(long id) {
		return this.jdbc.sql("select " + SalaryRecord.COLUMNS + " from salary_record where id = ? for update")
			.param(id)
			.query(SalaryRecord::read)
			.optional()
			.orElseThrow(() -> new SalaryNotFoundException("salary record"));
	}

	private static String queueWhere(SalaryStatus status) {
		if (status == SalaryStatus.PENDING || status == SalaryStatus.FLAGGED) {
			return "status = '" + status.name() + "'";
		}
		return "status in ('PENDING', 'FLAGGED')";
	}

}
