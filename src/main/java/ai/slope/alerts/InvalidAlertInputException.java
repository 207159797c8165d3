package ai.slope.alerts;

import java.util.List;

import ai.slope.accounts.InputProblem;

/**
 * Thrown by {@link JobAlerts} when what a seeker gave breaks a rule: the form shows each problem beside its
 * field, or above the form when its field is null. Message codes are in {@code i18n/alerts*.properties}.
 */
public class InvalidAlertInputException extends RuntimeException {

	private final List<InputProblem> problems;

	InvalidAlertInputException(List<InputProblem> problems) {
		super(problems.get(0).code(), null, false, false);
		this.problems = List.copyOf(problems);
	}

	InvalidAlertInputException(String field, String code, Object... arguments) {
		this(List.of(problem(field, code, arguments)));
	}

	static InputProblem problem(String field, String code, Object... arguments) {
		return new InputProblem(field, code, List.of(arguments));
	}

	public List<InputProblem> getProblems() {
		return this.problems;
	}

}
