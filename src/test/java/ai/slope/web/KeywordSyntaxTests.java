package ai.slope.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordSyntaxTests {

	@Test
	void translatesTheOperatorsPeopleType() {
		assertThat(KeywordSyntax.toSimpleQuerySyntax("rust OR go")).isEqualTo("rust | go");
		assertThat(KeywordSyntax.toSimpleQuerySyntax("python AND spark")).isEqualTo("python + spark");
		assertThat(KeywordSyntax.toSimpleQuerySyntax("python NOT java")).isEqualTo("python -java");
	}

	@Test
	void keepsParenthesesAndOperatorsNextToThem() {
		assertThat(KeywordSyntax.toSimpleQuerySyntax("(rust OR go) AND NOT (java OR scala)"))
			.isEqualTo("(rust | go) + -(java | scala)");
		assertThat(KeywordSyntax.toSimpleQuerySyntax("diffusion NOT(gan)")).isEqualTo("diffusion -(gan)");
	}

	@Test
	void leavesQuotedPhrasesAndOrdinaryWordsAlone() {
		assertThat(KeywordSyntax.toSimpleQuerySyntax("\"research OR engineering\" ORACLE"))
			.isEqualTo("\"research OR engineering\" ORACLE");
		assertThat(KeywordSyntax.toSimpleQuerySyntax("\"unclosed phrase")).isEqualTo("\"unclosed phrase\"");
	}

	@Test
	void positiveTermsLeaveOutOperatorsAndWhatIsExcluded() {
		assertThat(KeywordSyntax.positiveTerms("(rust OR go) AND \"large language models\" NOT java"))
			.containsExactly("rust", "go", "large language models");
		assertThat(KeywordSyntax.positiveTerms("diffusion -(gan OR vae) rlhf")).containsExactly("diffusion", "rlhf");
		assertThat(KeywordSyntax.positiveTerms("scikit-learn -java")).containsExactly("scikit-learn");
		assertThat(KeywordSyntax.positiveTerms("  ")).isEmpty();
	}

	@Test
	void keepsAPlusThatEndsAWordAsPartOfIt() {
		assertThat(KeywordSyntax.toSimpleQuerySyntax("C++ OR C#")).isEqualTo("C\\+\\+ | C#");
		assertThat(KeywordSyntax.toSimpleQuerySyntax("python + spark")).isEqualTo("python + spark");
		assertThat(KeywordSyntax.positiveTerms("(C++ OR rust) -java")).containsExactly("C++", "rust");
	}

}
