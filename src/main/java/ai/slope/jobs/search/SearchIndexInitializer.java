package ai.slope.jobs.search;

import java.nio.file.Path;
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
import ai.slope.jobs.SearchBackend;
import ai.slope.jobs.SearchIndexState;

/**
 * Rebuilds the search index from PostgreSQL when it is missing, was written under another version of the
 * mapping, or holds a different number of published postings than the database (a new index folder, or
 * rows written by SQL). PostgreSQL is the source of
 * truth; the index follows every committed change made through JPA after that. On OpenSearch the check and the
 * rebuild run once for the cluster ({@link SearchIndexState#once}), and a fresh cluster's empty index is filled.
 */
@Component
public class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	/**
	 * The version of the index mapping (fields, analysers). Raise it with every change to them: an index
	 * written under another version is rebuilt at start-up.
	 */
	static final String MAPPING_VERSION = "10";

	private static final String INDEX = "job_posting";

	private static final String VERSION_FILE = "slope-mapping-version";

	private final EntityManagerFactory entityManagerFactory;

	private final SearchIndexState state;

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory, SearchIndexState state) {
		this.entityManagerFactory = entityManagerFactory;
		this.state = state;
	}

	Path versionFile() {
		return this.state.versionFile(VERSION_FILE);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void reindexIfOutOfStep() {
		this.state.once(INDEX, this::check);
	}

	private void check() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			long inDatabase = entityManager
				.createQuery("select count(p) from JobPosting p where p.status = :status", Long.class)
				.setParameter("status", JobStatus.PUBLISHED)
				.getSingleResult();
			if (!MAPPING_VERSION.equals(this.state.mappingVersion(INDEX, VERSION_FILE))) {
				log.info("Search index was written by another version of the mapping: rebuilding the index");
				if (inDatabase == 0 && this.state.backend() == SearchBackend.OPENSEARCH) {
					// nothing to index: an index with the current mapping is all it takes, without pausing every
					// instance's outbox processing as a mass indexing does
					Search.mapping(this.entityManagerFactory).scope(JobPosting.class).schemaManager().dropAndCreate();
					this.state.recordMappingVersion(INDEX, VERSION_FILE, MAPPING_VERSION);
				}
				else {
					rebuild(entityManager);
				}
				return;
			}
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
			boolean lucene = this.state.backend() == SearchBackend.LUCENE;
			MassIndexer indexer = Search.session(entityManager)
				.massIndexer(JobPosting.class)
				.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
				.batchSizeToLoadObjects(500)
				// one segment: keyword searches at 1,000,000 postings took a fifth less time than over the 17
				// segments mass indexing leaves (docs/benchmarks.md); the merge adds under a minute to a rebuild
				.mergeSegmentsOnFinish(lucene)
				// on OpenSearch the index is created only when missing: a new mapping takes a new index
				.dropAndCreateSchemaOnStart(!lucene);
			indexer.type(JobPosting.class).reindexOnly("e.status = :status").param("status", JobStatus.PUBLISHED);
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		this.state.recordMappingVersion(INDEX, VERSION_FILE, MAPPING_VERSION);
		log.info("Search index rebuilt in {} s", Duration.between(start, Clock.systemUTC().instant()).toSeconds());
	}

}
