package ai.slope.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postings by id as {@link PostingCard}s, whatever their status, for modules that keep posting ids.
 */
@Service
@Transactional(readOnly = true)
public class PostingCards {

	private final EntityManager entityManager;

	PostingCards(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The cards of the postings that exist among {@code ids}, in no particular order.
	 */
	public List<PostingCard> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery("""
				select new ai.slope.jobs.PostingCard(p.id, p.title, p.slug, c.name, c.slug, p.status, p.publishedAt,
				  p.expiresAt, p.remotePolicy, p.city, p.country, p.salaryMin, p.salaryMax, p.salaryCurrency,
				  p.salaryPeriod, p.salaryMinUsd, p.salaryMaxUsd, p.employmentType)
				from JobPosting p join p.company c where p.id in :ids""", PostingCard.class)
			.setParameter("ids", ids)
			.getResultList();
	}

	public Optional<PostingCard> byId(long id) {
		return byIds(List.of(id)).stream().findFirst();
	}

}
