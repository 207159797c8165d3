package ai.slope.candidates;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopVenueRepository extends JpaRepository<TopVenue, Long> {

	List<TopVenue> findAllByOrderByFieldAscAcronymAsc();

}
