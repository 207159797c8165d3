package ai.slope.candidates;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopVenueRepository extends JpaRepository<TopVenue, Long> {

	List<TopVenue> findAllByOrderByFieldAscAcronymAsc();

	/** The stored matches of those publications, as (publication id, venue) pairs; free text left out. */
	@org.springframework.data.jpa.repository.Query(
			"select p.id, v from Publication p join p.topVenue v where p.id in :publicationIds")
	List<Object[]> matchesOf(java.util.Collection<Long> publicationIds);

}
