package ai.slope.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.validation.FieldError;

import ai.slope.roles.Seniority;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one reader of the searches' filters: what it accepts as people type it, and that every value it cannot
 * take is one message with the search's own code, the value as typed (stripped) and the bounds, never an exception.
 */
class RequestValuesTests {

	@Test
	void numbersAreReadAsPeopleTypeThemAndBadOnesAreNamed() {
		RequestValues values = new RequestValues("search");
		assertThat(values.number("salary", " 120,000 ", 0, 10_000_000, "bad")).isEqualTo(120_000);
		assertThat(values.number("salary", "120'000", 0, 10_000_000, "bad")).isEqualTo(120_000);
		assertThat(values.number("salary", "", 0, 10_000_000, "bad")).isNull();
		assertThat(values.errors()).isEmpty();
		for (String bad : List.of(",", "abc", " 12x ", "99999999999999999999", "-1", "10000001")) {
			assertThat(values.number("salary", bad, 0, 10_000_000, "search.error.salary.invalid")).as(bad).isNull();
		}
		assertThat(values.errors()).hasSize(6).allSatisfy(error -> {
			assertThat(error.getField()).isEqualTo("salary");
			assertThat(error.getCode()).isEqualTo("search.error.salary.invalid");
		});
		assertThat(values.errors().get(2).getArguments()).containsExactly("12x", 0, 10_000_000);
	}

	@Test
	void listsKeepTheGoodValuesAndNameEachBadOne() {
		RequestValues values = new RequestValues("search");
		Set<Seniority> seniorities = values.values("seniority", List.of("senior", " MID ", "", "wizard"),
				value -> InputConverters.enumValue(Seniority.class, value), "search.error.seniority.unknown");
		assertThat(seniorities).containsExactly(Seniority.SENIOR, Seniority.MID);
		FieldError error = values.errors().get(0);
		assertThat(error.getObjectName()).isEqualTo("search");
		assertThat(error.getArguments()).containsExactly("wizard");
		assertThat(values.errors()).hasSize(1);
	}

	@Test
	void flagsAndPagesNeverFail() {
		RequestValues values = new RequestValues("search");
		assertThat(values.flag("visa", "on", "bad")).isTrue();
		assertThat(values.flag("visa", "0", "bad")).isFalse();
		assertThat(values.flag("visa", "maybe", "bad")).isFalse();
		assertThat(values.page("page", "3", 20, 1000, "invalid", "deep")).isEqualTo(3);
		assertThat(values.page("page", "51", 20, 1000, "invalid", "deep")).isEqualTo(1);
		assertThat(values.page("page", "x", 20, 1000, "invalid", "deep")).isEqualTo(1);
		assertThat(values.errors()).extracting(FieldError::getCode).containsExactly("bad", "deep", "invalid");
	}

}
