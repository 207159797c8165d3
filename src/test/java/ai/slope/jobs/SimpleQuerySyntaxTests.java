package ai.slope.jobs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleQuerySyntaxTests {

	@Test
	void translatesTheOperatorsPeopleType() {
		assertThat(JobSearch.toSimpleQuerySyntax("rust OR go")).isEqualTo("rust | go");
		assertThat(JobSearch.toSimpleQuerySyntax("python AND spark")).isEqualTo("python + spark");
		assertThat(JobSearch.toSimpleQuerySyntax("python NOT java")).isEqualTo("python -java");
	}

	@Test
	void leavesQuotedPhrasesAndOrdinaryWordsAlone() {
		assertThat(JobSearch.toSimpleQuerySyntax("\"research OR engineering\" ORACLE")).isEqualTo("\"research OR engineering\" ORACLE");
		assertThat(JobSearch.toSimpleQuerySyntax("\"unclosed phrase")).isEqualTo("\"unclosed phrase\"");
	}

}
