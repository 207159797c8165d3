package ai.slope.jobs.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ai.slope.jobs.JobPosting;
import ai.slope.jobs.JobStatus;

/**
 * Rebuilds the search index from PostgreSQL when it is missing or holds a different number of published
 * postings than the database (a new index folder, or rows written by SQL). PostgreSQL is the source of
 * truth; the index follows every committed change made through JPA after that.
 */
@Component
public class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void reindexIfOutOfStep() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			long inDatabase = entityManager
				.createQuery("select count(p) from JobPosting p where p.status = :status", Long.class)
				.setParameter("status", JobStatus.PUBLISHED)
				.getSingleResult();
			long inIndex = Search.session(entityManager)
				.search(JobPosting.class)
				.where(f -> f.matchAll())
				.fetchTotalHitCount();
			if (inDatabase != inIndex) {
				log.info("Search index holds {} postings, the database {} published: rebuilding the index", inIndex,
						inDatabase);
				rebuild(entityManager);
			}
		}
	}

	/**
	 * Drops the index and indexes every published posting again.
	 */
	public void rebuild() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			rebuild(entityManager);
		}
	}

	private void rebuild(EntityManager entityManager) {
		Instant start = Clock.systemUTC().instant();
		try {
			MassIndexer indexer = Search.session(entityManager)
				.massIndexer(JobPosting.class)
				.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
				.batchSizeToLoadObjects(500);
			indexer.type(JobPosting.class).reindexOnly("e.status = :status").param("status", JobStatus.PUBLISHED);
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		log.info("Search index rebuilt in {} s", Duration.between(start, Clock.systemUTC().instant()).toSeconds());
	}

}
