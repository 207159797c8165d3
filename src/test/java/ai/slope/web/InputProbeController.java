package ai.slope.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import ai.slope.roles.Seniority;

/**
 * Endpoints that exist only in the tests, shaped as a feature's controllers would be, so that {@link WebInputTests}
 * can check the shared input layer (converters, Bean Validation with the bundles' messages, the not-found and
 * problem handlers, {@code Pageable}) apart from any one module.
 */
final class InputProbeController {

	private InputProbeController() {
	}

	/**
	 * What a feature's form looks like: typed values, Bean Validation, no parsing by hand. A class with setters, not
	 * a record: a value that cannot be converted then leaves the others bound and validated.
	 */
	static final class ProbeForm {

		@NotBlank
		@Size(max = 20)
		private String title;

		@Min(1)
		@Max(10_000_000)
		private Integer pay;

		private Set<Seniority> seniority = new LinkedHashSet<>();

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Integer getPay() {
			return this.pay;
		}

		public void setPay(Integer pay) {
			this.pay = pay;
		}

		public Set<Seniority> getSeniority() {
			return this.seniority;
		}

		public void setSeniority(Set<Seniority> seniority) {
			this.seniority = seniority;
		}

		@Override
		public String toString() {
			return "ProbeForm[title=" + this.title + ", pay=" + this.pay + ", seniority=" + this.seniority + "]";
		}

	}

	static final class ProbeNotFoundException extends NotFoundException {

		ProbeNotFoundException(long id) {
			super("No probe " + id);
		}

	}

	@Controller
	static class Pages {

		private final MessageSource messages;

		Pages(MessageSource messages) {
			this.messages = messages;
		}

		@GetMapping("/test/input/pages/{id}")
		@ResponseBody
		String show(@PathVariable long id) {
			if (id != 1) {
				throw new ProbeNotFoundException(id);
			}
			return "probe 1";
		}

		/** A page's form handler: errors land in the binding result, beside what was typed. */
		@PostMapping("/test/input/pages/form")
		@ResponseBody
		Map<String, Object> submit(@Valid @ModelAttribute("form") ProbeForm form, BindingResult result,
				Locale locale) {
			Map<String, Object> answer = new LinkedHashMap<>();
			result.getFieldErrors()
				.forEach(error -> answer.put(error.getField(),
						List.of(String.valueOf(result.getFieldValue(error.getField())),
								this.messages.getMessage(error, locale))));
			if (!result.hasErrors()) {
				answer.put("form", form.toString());
			}
			return answer;
		}

		@GetMapping("/test/input/pages/list")
		@ResponseBody
		String list(Pageable pageable) {
			return pageable.getPageNumber() + "/" + pageable.getPageSize();
		}

	}

	@RestController
	static class Api {

		@GetMapping("/test/input/api/{id}")
		String show(@PathVariable long id) {
			throw new ProbeNotFoundException(id);
		}

		@GetMapping("/test/input/api/search")
		String search(@Valid ProbeForm form) {
			return form.toString();
		}

		@PostMapping("/test/input/api/refused")
		String refused() {
			throw new InvalidInputException(List.of(InputProblem.of("roleType", "salaries.explorer.error.role-type", "x"),
					InputProblem.of(null, "salaries.explorer.error.years", "2024", "2020")));
		}

	}

}
