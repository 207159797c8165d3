package ai.slope.applications;

import java.util.List;

import ai.slope.accounts.InputProblem;

/**
 * What a seeker or recruiter sent breaks a rule (a cover note too long, a file that is not a PDF, a note that is
 * empty): forms show each problem beside its field. Nothing was stored. Message codes are in
 * {@code i18n/applications*.properties}.
 */
public class InvalidApplicationException extends RuntimeException {

	private final List<InputProblem> problems;

	InvalidApplicationException(List<InputProblem> problems) {
		super(problems.get(0).code(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	InvalidApplicationException(String field, String code, Object... arguments) {
		this(List.of(new InputProblem(field, code, List.of(arguments))));
	}

	public List<InputProblem> getProblems() {
		return this.problems;
	}

}
