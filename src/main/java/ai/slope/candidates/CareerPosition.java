package ai.slope.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ai.slope.roles.Seniority;

/**
 * A position on a seeker's career: title, company, seniority, and the months it started and ended (none: held
 * now). Changed through {@link CareerPositions} only; {@link CareerGrowth} is computed from them.
 */
@Entity
@Table(name = "candidate_position")
public class CareerPosition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	/** The profile it belongs to, read only: its side of the profile's list. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id", insertable = false, updatable = false)
	private CandidateProfile profile;

	private String title;

	private String company;

	@Enumerated(EnumType.STRING)
	private Seniority seniority;

	/** The first day of the month. */
	private LocalDate startMonth;

	/** The first day of the month, or null. */
	private LocalDate endMonth;

	private Instant createdAt;

	@Version
	private long version;

	protected CareerPosition() {
	}

	CareerPosition(long accountId, Instant now) {
		this.accountId = accountId;
		this.createdAt = now;
	}

	void change(CareerPositions.PositionInput input) {
		this.title = ProfileRules.strip(input.title());
		this.company = ProfileRules.strip(input.company());
		this.seniority = input.seniority();
		this.startMonth = input.start().atDay(1);
		this.endMonth = (input.end() != null) ? input.end().atDay(1) : null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getCompany() {
		return this.company;
	}

	public Seniority getSeniority() {
		return this.seniority;
	}

	public YearMonth getStart() {
		return YearMonth.from(this.startMonth);
	}

	/** The last month, or null while the seeker holds the position. */
	public YearMonth getEnd() {
		return (this.endMonth != null) ? YearMonth.from(this.endMonth) : null;
	}

	public boolean isCurrent() {
		return this.endMonth == null;
	}

	public CareerGrowth.Step step() {
		return new CareerGrowth.Step(this.seniority, getStart(), getEnd());
	}

	public long getVersion() {
		return this.version;
	}

}
