package ai.slope.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditedAction;
import ai.slope.jobs.JobPosting;
import ai.slope.jobs.Postings;

/**
 * The admins' review of postings from companies that are not verified: each decision and its audit entry
 * are stored together or not at all.
 */
@Service
public class PostingModeration {

	private final Postings postings;

	private final ApplicationEventPublisher events;

	PostingModeration(Postings postings, ApplicationEventPublisher events) {
		this.postings = postings;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<JobPosting> queue(Pageable pageable) {
		return this.postings.pendingReview(pageable);
	}

	@Transactional
	public JobPosting approve(long adminId, long postingId) {
		JobPosting posting = this.postings.approve(adminId, postingId);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.POSTING_APPROVE, postingId, ""));
		return posting;
	}

	/**
	 * Rejects with a reason; the recruiters see it on the posting and get it by mail after commit.
	 */
	@Transactional
	public JobPosting reject(long adminId, long postingId, String reason) {
		JobPosting posting = this.postings.reject(adminId, postingId, reason);
		this.events.publishEvent(
				AuditedAction.of(adminId, AuditAction.POSTING_REJECT, postingId, posting.getRejectReason()));
		return posting;
	}

}
