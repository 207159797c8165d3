package ai.slope.companies;

import java.util.List;

import ai.slope.accounts.InputProblem;

/**
 * Thrown by {@link Companies}, {@link CompanyMemberships} and {@link CompanyLogos} when what a recruiter
 * gave breaks a rule (a name that is taken, a logo that is not an image); forms show each problem beside its
 * field, or above the form when its field is null.
 */
public class InvalidCompanyInputException extends RuntimeException {

	private final List<InputProblem> problems;

	InvalidCompanyInputException(List<InputProblem> problems) {
		super(problems.get(0).code(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	InvalidCompanyInputException(String field, String code, Object... arguments) {
		this(List.of(problem(field, code, arguments)));
	}

	static InputProblem problem(String field, String code, Object... arguments) {
		return new InputProblem(field, code, List.of(arguments));
	}

	public List<InputProblem> getProblems() {
		return this.problems;
	}

}
