package ai.slope.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.slope.WebIntegrationTest;
import ai.slope.web.InputProblem;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	private String problem(String password) {
		return this.policy.check(password, "grace@hopper.example").map(InputProblem::code).orElse("ok");
	}

	@Test
	void bundlesThousandsOfCommonPasswordsOfAnAcceptableLength() {
		assertThat(this.policy.commonPasswordCount()).isGreaterThan(5_000);
		assertThat(this.policy.isCommon("password")).isTrue();
		assertThat(this.policy.isCommon("123456")).isTrue();
	}

	@Test
	void refusesTheObviousOnesWhateverTheirCase() {
		assertThat(problem("password123")).isEqualTo("accounts.error.password.common");
		assertThat(problem("Password123")).isEqualTo("accounts.error.password.common");
		assertThat(problem("1234567890")).isEqualTo("accounts.error.password.common");
		assertThat(problem("qwertyuiop")).isEqualTo("accounts.error.password.common");
		assertThat(problem("iloveyou123")).isEqualTo("accounts.error.password.common");
		assertThat(problem("woaini1314520")).isEqualTo("accounts.error.password.common");
		assertThat(problem("zzzzzzzzzzzz")).isEqualTo("accounts.error.password.common");
	}

	@Test
	void needsTenCharactersAndAtMostSeventyTwoBytes() {
		assertThat(problem("")).isEqualTo("accounts.error.password.required");
		assertThat(problem("nine char")).isEqualTo("accounts.error.password.too-short");
		assertThat(problem("ten chars!")).isEqualTo("ok");
		assertThat(problem("密码是一个很长的句子")).as("ten Chinese characters").isEqualTo("ok");
		assertThat(problem("x".repeat(72))).isEqualTo("accounts.error.password.common");
		String seventyTwoBytes = "quiet otters juggle seven amber lanterns beneath a crooked wooden bridge";
		assertThat(seventyTwoBytes).hasSize(72);
		assertThat(problem(seventyTwoBytes)).isEqualTo("ok");
		assertThat(problem(seventyTwoBytes + "z")).isEqualTo("accounts.error.password.too-long");
		assertThat(problem("长".repeat(25))).isEqualTo("accounts.error.password.too-long");
	}

	@Test
	void refusesPasswordsAStrengthEstimatorGuessesEasily() {
		assertThat(problem("aaaaaaaaab")).isEqualTo("accounts.error.password.weak");
		assertThat(problem("abcabcabcabc")).isEqualTo("accounts.error.password.weak");
		assertThat(problem("xy".repeat(36))).isEqualTo("accounts.error.password.weak");
		assertThat(problem("Hopper2019!")).isEqualTo("accounts.error.password.weak");
		assertThat(problem("grace1234567")).as("the email's name with digits").isEqualTo("accounts.error.password.weak");
		assertThat(problem("slope-slope-2024")).isEqualTo("accounts.error.password.weak");
	}

	@Test
	void acceptsTheDemoAndFixturePasswords() {
		for (String password : List.of("slope-demo-seeker", "slope-demo-recruiter", "slope-demo-admin",
				AccountFixture.PASSWORD, WebIntegrationTest.ADMIN_PASSWORD)) {
			assertThat(problem(password)).as(password).isEqualTo("ok");
		}
	}

	@Test
	void refusesTheEmailAsPassword() {
		assertThat(problem("Grace@Hopper.example")).isEqualTo("accounts.error.password.like-email");
		assertThat(problem("grace@hopper")).isEqualTo("ok");
		assertThat(this.policy.check("gracehopper", "gracehopper@navy.example").map(InputProblem::code))
			.contains("accounts.error.password.like-email");
	}

}
