package ai.slope.candidates.web;

import ai.slope.web.InputProblem;

import org.springframework.context.support.DefaultMessageSourceResolvable;

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
