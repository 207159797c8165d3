package ai.slope.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the views of postings' public pages in memory and adds them to the postings every few seconds, in one
 * transaction. A job page is the page people land on most; one write (and one wait for the disk) per view made
 * every view of a popular posting queue behind the others on its row. The counts reach the recruiter's list
 * within {@code slope.postings.view-flush} (10 s); those of the last seconds before the process is killed
 * ({@code kill -9}) are lost, those of a normal stop are written. A view count is a statistic, not something
 * Slope acknowledged to anyone.
 */
@Component
public class PostingViews {

	private static final Logger log = LoggerFactory.getLogger(PostingViews.class);

	private final Map<Long, Long> pending = new ConcurrentHashMap<>();

	private final JobPostingRepository postings;

	private final TransactionTemplate transactions;

	PostingViews(JobPostingRepository postings, TransactionTemplate transactions) {
		this.postings = postings;
		this.transactions = transactions;
	}

	/**
	 * One more view of the posting's page.
	 */
	public void count(long postingId) {
		this.pending.merge(postingId, 1L, Long::sum);
	}

	/**
	 * Adds the views counted since the last time to the postings. A posting's views are taken out of the pending
	 * ones atomically, so a view counted meanwhile waits for the next time; if the database cannot be written,
	 * they are put back.
	 */
	@Scheduled(fixedDelayString = "${slope.postings.view-flush:10s}", initialDelayString = "${slope.postings.view-flush:10s}")
	@PreDestroy
	public void flush() {
		if (this.pending.isEmpty()) {
			return;
		}
		Map<Long, Long> taken = new HashMap<>();
		for (Long id : this.pending.keySet()) {
			Long views = this.pending.remove(id);
			if (views != null) {
				taken.put(id, views);
			}
		}
		try {
			this.transactions.executeWithoutResult(status -> taken.forEach(this.postings::addViews));
		}
		catch (DataAccessException | TransactionException ex) {
			taken.forEach((id, views) -> this.pending.merge(id, views, Long::sum));
			log.warn("Could not write the views of {} postings; trying again later: {}", taken.size(), ex.getMessage());
		}
	}

}
