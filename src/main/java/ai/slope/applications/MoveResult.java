package ai.slope.applications;

import java.util.List;

/**
 * What a move of one or many applicants did.
 * @param moved the applications moved
 * @param skipped those left where they were, each with the reason
 */
public record MoveResult(Stage target, List<Long> moved, List<Skipped> skipped) {

	public MoveResult {
		moved = List.copyOf(moved);
		skipped = List.copyOf(skipped);
	}

	/**
	 * @param reason a message code with the applicant's name and stage as arguments
	 */
	public record Skipped(long applicationId, String name, Stage stage, String reason) {
	}

}
