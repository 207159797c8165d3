package ai.slope.candidates.web;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

import ai.slope.accounts.InputProblem;
import ai.slope.candidates.PublicationNotFoundException;
import ai.slope.web.PageNotFoundException;

/**
 * What the profile pages share: problems beside their fields, ids from paths, and 404 for what is not the
 * seeker's own.
 */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, List<InputProblem> problems) {
		for (InputProblem problem : problems) {
			if (problem.field() == null) {
				result.reject(problem.code(), problem.argumentArray(), problem.code());
			}
			else {
				result.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
			}
		}
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
