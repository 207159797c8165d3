package ai.slope.jobs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

/**
 * Rebuilds the search index from PostgreSQL when it is missing, was written under another version of the
 * mapping, or holds a different number of published postings than the database (a new index folder, or
 * rows written by SQL). PostgreSQL is the source of
 * truth; the index follows every committed change made through JPA after that.
 */
@Component
public class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	/**
	 * The version of the index mapping (fields, analysers). Raise it with every change to them: an index
	 * written under another version is rebuilt at start-up.
	 */
	static final String MAPPING_VERSION = "9";

	private final EntityManagerFactory entityManagerFactory;

	private final Path versionFile;

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		// the folder Hibernate Search was given, as it was given (a placeholder may differ at each resolution)
		Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
		this.versionFile = Path.of(String.valueOf(root)).resolve("slope-mapping-version");
	}

	Path versionFile() {
		return this.versionFile;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(100)
	public void reindexIfOutOfStep() {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			if (!MAPPING_VERSION.equals(indexedMappingVersion())) {
				log.info("Search index was written by another version of the mapping: rebuilding the index");
				rebuild(entityManager);
				return;
			}
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
				.batchSizeToLoadObjects(500)
				// one segment: keyword searches at 1,000,000 postings took a fifth less time than over the 17
				// segments mass indexing leaves (docs/benchmarks.md); the merge adds under a minute to a rebuild
				.mergeSegmentsOnFinish(true);
			indexer.type(JobPosting.class).reindexOnly("e.status = :status").param("status", JobStatus.PUBLISHED);
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		writeMappingVersion();
		log.info("Search index rebuilt in {} s", Duration.between(start, Clock.systemUTC().instant()).toSeconds());
	}

	private String indexedMappingVersion() {
		try {
			return Files.exists(this.versionFile) ? Files.readString(this.versionFile).strip() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeMappingVersion() {
		try {
			Files.createDirectories(this.versionFile.getParent());
			Files.writeString(this.versionFile, MAPPING_VERSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
