package ai.slope.candidates.web;

import ai.slope.web.InputProblem;

import java.util.function.Supplier;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import ai.slope.candidates.PublicationNotFoundException;
import ai.slope.web.PageNotFoundException;

/**
 * What the profile pages share: messages of problems, ids from paths, and 404 for what is not the
 * seeker's own.
 */
final class Forms {

	private Forms() {
	}

	static DefaultMessageSourceResolvable message(InputProblem problem) {
		return new DefaultMessageSourceResolvable(new String[] { problem.code() }, problem.argumentArray());
	}

	static long parseId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new PageNotFoundException();
		}
	}

	static <T> T orNotFound(Supplier<T> action) {
		try {
			return action.get();
		}
		catch (PublicationNotFoundException ex) {
			throw new PageNotFoundException();
		}
	}

}
