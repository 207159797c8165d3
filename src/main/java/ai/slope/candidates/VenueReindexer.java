package ai.slope.candidates;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reindexes the profiles whose publications' top venues changed ({@link TopVenueMatchesChanged}), after the
 * commit of the admin's change, a couple of hundred profiles at a time: a venue such as NeurIPS can be matched by
 * tens of thousands of profiles, which the admin's request should not wait for.
 */
@Component
class VenueReindexer {

	private static final Logger log = LoggerFactory.getLogger(VenueReindexer.class);

	private static final int BATCH = 200;

	private final EntityManagerFactory entityManagerFactory;

	VenueReindexer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@ApplicationModuleListener
	void matchesChanged(TopVenueMatchesChanged event) {
		List<Long> ids = event.accountIds();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			entityManager.getTransaction().begin();
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			for (int from = 0; from < ids.size(); from += BATCH) {
				entityManager.createQuery("select p from CandidateProfile p where p.accountId in :ids", CandidateProfile.class)
					.setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
					.getResultList()
					.forEach(plan::addOrUpdate);
				plan.execute();
				entityManager.clear();
			}
			entityManager.getTransaction().commit();
		}
		log.info("Reindexed {} profiles whose publications' top venues changed", ids.size());
	}

}
