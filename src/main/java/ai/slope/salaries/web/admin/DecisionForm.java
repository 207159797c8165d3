package ai.slope.salaries.web.admin;

import java.util.ArrayList;
import java.util.List;

import ai.slope.salaries.SalaryReview;

/**
 * The review queue’s decision: the ticked records, approve or reject, and the note; with the queue’s filter and
 * page to go back to. An id that is not a number names no record, and a decision that is neither lands in the
 * binding result.
 */
public class DecisionForm implements java.io.Serializable {

	private List<Long> ids = new ArrayList<>();

	private SalaryReview.Decision decision;

	private String note = "";

	private String status;

	private Integer page;

	public List<Long> getIds() {
		return this.ids;
	}

	public void setIds(List<Long> ids) {
		this.ids = ids;
	}

	public SalaryReview.Decision getDecision() {
		return this.decision;
	}

	public void setDecision(SalaryReview.Decision decision) {
		this.decision = decision;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public Integer getPage() {
		return this.page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
