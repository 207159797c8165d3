package ai.slope.candidates;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recruiter's saved candidate search: a name and the query string of the search page.
 */
@Entity
@Table(name = "saved_candidate_search")
public class SavedCandidateSearch {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recruiterId;

	private String name;

	private String query;

	private Instant createdAt;

	protected SavedCandidateSearch() {
	}

	SavedCandidateSearch(long recruiterId, String name, String query, Instant createdAt) {
		this.recruiterId = recruiterId;
		this.name = name;
		this.query = query;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	/** The search page's query string, without the page number; empty for every candidate. */
	public String getQuery() {
		return this.query;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
