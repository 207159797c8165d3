package ai.slope.candidates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.AccountSuspension;

/**
 * The candidate search index: discoverable profiles of accounts that are not suspended only (see
 * {@link ai.slope.candidates.search.DiscoverableProfilesRoutingBinder}). Changes made through JPA to a profile's
 * own columns reach it on commit by themselves; what Hibernate Search cannot see (a publication added or changed,
 * discoverability set by SQL) is sent here by the service that changed it, in its transaction. At start-up the
 * index is rebuilt from PostgreSQL when it is missing, written under another mapping, or holds another number of
 * profiles than the database has discoverable ones.
 */
@Component
public class CandidateIndex {

	private static final Logger log = LoggerFactory.getLogger(CandidateIndex.class);

	/** The version of the index mapping; raise it with every change of fields or analysers. */
	static final String MAPPING_VERSION = "4";

	@PersistenceContext
	private EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final Path versionFile;

	/** The profiles in the index: discoverable, of accounts that are not suspended. */
	private static final String FINDABLE = "p.discoverable = true and p.accountSuspended = false";

	CandidateIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
		Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
		this.versionFile = Path.of(String.valueOf(root)).resolve("slope-candidates-mapping-version");
	}

	/**
	 * Indexes the profile again (or takes it out, when it is not discoverable) when the current transaction
	 * commits.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(long accountId) {
		this.entityManager.flush();
		CandidateProfile profile = this.entityManager.find(CandidateProfile.class, accountId);
		if (profile != null) {
			this.entityManager.refresh(profile);
			Search.session(this.entityManager).indexingPlan().addOrUpdate(profile);
		}
	}

	/** The analyser the index applies to the text of a field. */
	Analyzer indexingAnalyzer() {
		return luceneIndexManager().indexingAnalyzer();
	}

	/** The analyser the index applies to the words looked for in a field. */
	Analyzer searchAnalyzer() {
		return luceneIndexManager().searchAnalyzer();
	}

	private LuceneIndexManager luceneIndexManager() {
		return Search.mapping(this.entityManagerFactory)
			.indexedEntity(CandidateProfile.class)
			.indexManager()
			.unwrap(LuceneIndexManager.class);
	}

	/**
	 * A suspended account's profile leaves the index in the suspension's transaction; a reactivated one comes
	 * back if it is discoverable.
	 */
	@EventListener
	void onSuspension(AccountSuspension suspension) {
		refresh(suspension.accountId());
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(110)
	public void rebuildIfOutOfStep() {
		try (EntityManager em = this.entityManagerFactory.createEntityManager()) {
			if (!MAPPING_VERSION.equals(indexedMappingVersion())) {
				log.info("Candidate index was written by another version of the mapping: rebuilding it");
				rebuild(em);
				return;
			}
			long inDatabase = em.createQuery("select count(p) from CandidateProfile p where " + FINDABLE, Long.class)
				.getSingleResult();
			long inIndex = Search.session(em).search(CandidateProfile.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (inDatabase != inIndex) {
				log.info("Candidate index holds {} profiles, the database {} discoverable: rebuilding it", inIndex,
						inDatabase);
				rebuild(em);
			}
		}
	}

	/** Drops the candidate index and indexes every discoverable profile again. */
	public void rebuild() {
		try (EntityManager em = this.entityManagerFactory.createEntityManager()) {
			rebuild(em);
		}
	}

	private void rebuild(EntityManager em) {
		Instant start = Clock.systemUTC().instant();
		try {
			MassIndexer indexer = Search.session(em)
				.massIndexer(CandidateProfile.class)
				.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
				.batchSizeToLoadObjects(200)
				.mergeSegmentsOnFinish(true);
			indexer.type(CandidateProfile.class).reindexOnly(FINDABLE.replace("p.", "e."));
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the candidate index", ex);
		}
		try {
			Files.createDirectories(this.versionFile.getParent());
			Files.writeString(this.versionFile, MAPPING_VERSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.info("Candidate index rebuilt in {} s", Duration.between(start, Clock.systemUTC().instant()).toSeconds());
	}

	private String indexedMappingVersion() {
		try {
			return Files.exists(this.versionFile) ? Files.readString(this.versionFile).strip() : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
