package ai.slope.jobs.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import ai.slope.jobs.Postings;
import ai.slope.web.InputProblem;

/**
 * The posting rules that Bean Validation does not say (a pay range whose lower end is not above its upper,
 * plausible pay in US dollars, a known country and currency, an https apply link, the days on the board…), as
 * the jobs module states them ({@code PostingRules}); each problem goes beside its field, unless that field was
 * refused already (a number that is not one, a required value missing).
 */
@Component
class PostingFormValidator implements Validator {

	private final Postings postings;

	PostingFormValidator(Postings postings) {
		this.postings = postings;
	}

	@Override
	public boolean supports(Class<?> type) {
		return PostingForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		for (InputProblem problem : this.postings.problems(((PostingForm) target).toInput())) {
			reject(errors, problem);
		}
	}

	static void reject(Errors errors, InputProblem problem) {
		if (errors.getFieldErrorCount(problem.field()) == 0) {
			errors.rejectValue(problem.field(), problem.code(), problem.argumentArray(), problem.code());
		}
	}

}
