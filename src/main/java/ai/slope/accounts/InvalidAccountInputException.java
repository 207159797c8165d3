package ai.slope.accounts;

/**
 * Thrown by {@link Accounts} and {@link PasswordResets} when a value breaks a rule (an email that is taken,
 * a common password, a used reset link); forms show the problem beside its field.
 */
public class InvalidAccountInputException extends RuntimeException {

	private final InputProblem problem;

	InvalidAccountInputException(InputProblem problem) {
		super(problem.code(), null, false, false);
		this.problem = problem;
	}

	InvalidAccountInputException(String field, String code, Object... arguments) {
		this(InputProblem.of(field, code, arguments));
	}

	public InputProblem getProblem() {
		return this.problem;
	}

}
