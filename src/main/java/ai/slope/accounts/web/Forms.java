package ai.slope.accounts.web;

import org.springframework.validation.BindingResult;

import ai.slope.web.InputProblem;


/**
 * Puts the problems the account services find beside the form fields they belong to.
 */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, InputProblem problem) {
		result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
	}

}
