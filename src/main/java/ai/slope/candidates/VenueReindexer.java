package ai.slope.candidates;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ai.slope.system.Reindexing;

/**
 * Reindexes the profiles whose publications' top venues changed ({@link TopVenueMatchesChanged}), after the
 * commit of the admin's change, a couple of hundred profiles at a time: a venue such as NeurIPS can be matched by
 * tens of thousands of profiles, which the admin's request should not wait for.
 */
@Component
class VenueReindexer {

	private static final Logger log = LoggerFactory.getLogger(VenueReindexer.class);

	private final EntityManagerFactory entityManagerFactory;

	VenueReindexer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@ApplicationModuleListener
	void matchesChanged(TopVenueMatchesChanged event) {
		List<Long> ids = event.accountIds();
		Reindexing.reindex(this.entityManagerFactory, ids,
				(entityManager, batch) -> entityManager
					.createQuery("select p from CandidateProfile p where p.accountId in :ids", CandidateProfile.class)
					.setParameter("ids", batch)
					.getResultList());
		log.info("Reindexed {} profiles whose publications' top venues changed", ids.size());
	}

}
