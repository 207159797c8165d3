package ai.slope.admin;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.audit.AuditAction;
import ai.slope.audit.AuditedAction;
import ai.slope.jobs.PostingView;
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
	public Page<PostingView> queue(Pageable pageable) {
		return this.postings.pendingReviewViews(pageable);
	}

	@Transactional
	public void approve(long adminId, long postingId) {
		this.postings.approve(adminId, postingId);
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.POSTING_APPROVE, postingId, ""));
	}

	/**
	 * Rejects with a reason; the recruiters see it on the posting and get it by mail after commit.
	 */
	@Transactional
	public void reject(long adminId, long postingId, String reason) {
		this.postings.reject(adminId, postingId, reason);
		String stored = this.postings.view(postingId).rejectReason();
		this.events.publishEvent(AuditedAction.of(adminId, AuditAction.POSTING_REJECT, postingId, stored));
	}

}
