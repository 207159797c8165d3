package ai.slope.candidates.web;

import java.time.YearMonth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ai.slope.candidates.CareerPosition;
import ai.slope.candidates.CareerPositions;
import ai.slope.roles.Seniority;

/**
 * A position of the seeker's career as the form sends it: months as {@code 2024-03} (an {@code <input
 * type=month>}), no end month while they hold it.
 */
public class PositionForm {

	@NotBlank
	@Size(max = CareerPositions.MAX_TEXT_LENGTH)
	private String title = "";

	@NotBlank
	@Size(max = CareerPositions.MAX_TEXT_LENGTH)
	private String company = "";

	@NotNull
	private Seniority seniority;

	@NotNull
	private YearMonth start;

	private YearMonth end;

	private Long version;

	static PositionForm of(CareerPosition position) {
		PositionForm form = new PositionForm();
		form.title = position.getTitle();
		form.company = position.getCompany();
		form.seniority = position.getSeniority();
		form.start = position.getStart();
		form.end = position.getEnd();
		form.version = position.getVersion();
		return form;
	}

	CareerPositions.PositionInput toInput() {
		return new CareerPositions.PositionInput(this.title, this.company, this.seniority, this.start, this.end);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCompany() {
		return this.company;
	}

	public void setCompany(String company) {
		this.company = company;
	}

	public Seniority getSeniority() {
		return this.seniority;
	}

	public void setSeniority(Seniority seniority) {
		this.seniority = seniority;
	}

	public YearMonth getStart() {
		return this.start;
	}

	public void setStart(YearMonth start) {
		this.start = start;
	}

	public YearMonth getEnd() {
		return this.end;
	}

	public void setEnd(YearMonth end) {
		this.end = end;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
