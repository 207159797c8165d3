package ai.slope.candidates.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import ai.slope.web.InputProblem;

/**
 * What the profile pages share: messages of problems.
 */
final class Forms {

	private Forms() {
	}

	static DefaultMessageSourceResolvable message(InputProblem problem) {
		return new DefaultMessageSourceResolvable(new String[] { problem.code() }, problem.argumentArray());
	}

}
