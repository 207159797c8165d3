package ai.slope.applications;

import java.io.Serializable;
import java.util.List;

/**
 * What a move of one or many applicants did. Serializable, as a flash attribute kept in the session.
 * @param moved the applications moved
 * @param skipped those left where they were, each with the reason
 */
public record MoveResult(Stage target, List<Long> moved, List<Skipped> skipped) implements Serializable {

	public MoveResult {
		moved = List.copyOf(moved);
		skipped = List.copyOf(skipped);
	}

	/**
	 * @param name the applicant's name, or null while a blind review hides them
	 * @param alias the applicant's alias while a blind review hides them, or null
	 * @param reason a message code with the applicant's name (or "Candidate" and the alias) and stage as arguments
	 */
	public record Skipped(long applicationId, String name, String alias, Stage stage, String reason)
			implements Serializable {
	}

}
