package ai.slope.jobs;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostingHistoryRepository extends JpaRepository<PostingHistoryEntry, Long> {

	List<PostingHistoryEntry> findByPostingIdOrderByAtAscIdAsc(long postingId);

}
