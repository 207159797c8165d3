package ai.slope.roles;

import java.util.List;

/**
 * Thrown by {@link RoleTaxonomyEditor} when a role type breaks a rule; it carries every problem, so that a
 * form can show them all beside their fields.
 */
public class InvalidRoleTypeException extends RuntimeException {

	private final List<RoleTypeProblem> problems;

	InvalidRoleTypeException(List<RoleTypeProblem> problems) {
		super(problems.get(0).code(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<RoleTypeProblem> getProblems() {
		return this.problems;
	}

}
