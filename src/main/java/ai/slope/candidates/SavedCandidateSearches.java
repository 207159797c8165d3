package ai.slope.candidates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;


/**
 * A recruiter's saved candidate searches: each a name and the search page's query string, so that running one is
 * opening its page. Names are unique per recruiter; a recruiter keeps at most {@link #MAX_SEARCHES}.
 */
@Service
public class SavedCandidateSearches {

	private static final Logger log = LoggerFactory.getLogger(SavedCandidateSearches.class);

	public static final int MAX_SEARCHES = 50;

	public static final int MAX_NAME = 100;

	public static final int MAX_QUERY = 2000;

	private final SavedCandidateSearchRepository searches;

	private final CandidateSearch search;

	private final Clock clock;

	SavedCandidateSearches(SavedCandidateSearchRepository searches, CandidateSearch search, Clock clock) {
		this.searches = searches;
		this.search = search;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<SavedCandidateSearch> of(long recruiterId) {
		return this.searches.findByRecruiterIdOrderByNameAsc(recruiterId);
	}

	/**
	 * @throws SavedSearchNotFoundException when the recruiter has no saved search of that id
	 */
	@Transactional(readOnly = true)
	public SavedCandidateSearch find(long recruiterId, long id) {
		return this.searches.findByIdAndRecruiterId(id, recruiterId)
			.orElseThrow(() -> new SavedSearchNotFoundException(id));
	}

	/**
	 * Saves a search under a name.
	 * @param query the search page's query string
	 * @throws InvalidInputException with the problems when the name is missing, too long or taken, or the
	 * recruiter has {@link #MAX_SEARCHES} already
	 * @throws CandidateSearchRefusedException when the recruiter may not search
	 */
	@Transactional
	public SavedCandidateSearch save(long recruiterId, String name, String query) {
		this.search.searchingCompany(recruiterId);
		String trimmed = (name == null) ? "" : name.strip();
		String kept = (query == null) ? "" : query.strip();
		List<InputProblem> problems = new ArrayList<>();
		if (trimmed.isEmpty()) {
			problems.add(new InputProblem("name", "candidates.saved.error.name.required", List.of()));
		}
		else if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
			problems.add(new InputProblem("name", "candidates.saved.error.name.too-long", List.of(MAX_NAME)));
		}
		else if (this.searches.existsByRecruiterIdAndName(recruiterId, trimmed)) {
			problems.add(new InputProblem("name", "candidates.saved.error.name.taken", List.of(trimmed)));
		}
		if (kept.length() > MAX_QUERY) {
			problems.add(new InputProblem("name", "candidates.saved.error.query.too-long", List.of()));
		}
		if (problems.isEmpty() && this.searches.countByRecruiterId(recruiterId) >= MAX_SEARCHES) {
			problems.add(new InputProblem("name", "candidates.saved.error.too-many", List.of(MAX_SEARCHES)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		try {
			SavedCandidateSearch saved = this.searches
				.saveAndFlush(new SavedCandidateSearch(recruiterId, trimmed, kept, this.clock.instant()));
			log.info("Recruiter {} saved candidate search {}", recruiterId, saved.getId());
			return saved;
		}
		catch (DataIntegrityViolationException ex) {
			// the same name saved at the same moment by another tab
			throw new InvalidInputException(
					List.of(new InputProblem("name", "candidates.saved.error.name.taken", List.of(trimmed))));
		}
	}

	/**
	 * @throws SavedSearchNotFoundException when the recruiter has no saved search of that id
	 */
	@Transactional
	public void delete(long recruiterId, long id) {
		this.searches.delete(find(recruiterId, id));
		log.info("Recruiter {} deleted candidate search {}", recruiterId, id);
	}

}
