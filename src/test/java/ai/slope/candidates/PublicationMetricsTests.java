package ai.slope.candidates;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationMetricsTests {

	/**
	 * Known cases: Hirsch's definition, the textbook examples and the edges.
	 */
	@ParameterizedTest(name = "[{0}] has h-index {1} and {2} citations")
	@CsvSource(delimiter = '|', textBlock = """
			''                   | 0 | 0
			0                    | 0 | 0
			0 0 0                | 0 | 0
			1                    | 1 | 1
			100                  | 1 | 100
			10 8 5 4 3           | 4 | 30
			25 8 5 3 3           | 3 | 44
			3 0 6 1 5            | 3 | 15
			1 1 1 1              | 1 | 4
			2 2 2 2              | 2 | 8
			5 5 5 5 5            | 5 | 25
			6 6 6 6 6            | 5 | 30
			1000 1000 2          | 2 | 2002
			4 4 4 4 0 0 0        | 4 | 16
			""")
	void theHIndexAndTotalCitationsOfKnownCases(String citations, int hIndex, long total) {
		List<Integer> list = citations.isBlank() ? List.of()
				: Arrays.stream(citations.trim().split("\\s+")).map(Integer::valueOf).toList();

		PublicationMetrics metrics = PublicationMetrics.of(list);

		assertThat(metrics.hIndex()).isEqualTo(hIndex);
		assertThat(metrics.totalCitations()).isEqualTo(total);
		assertThat(metrics.publications()).isEqualTo(list.size());
	}

	@ParameterizedTest(name = "order does not matter: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			1 2 3 4 5 6
			6 5 4 3 2 1
			3 6 1 5 2 4
			""")
	void theOrderOfThePublicationsDoesNotMatter(String citations) {
		List<Integer> list = Arrays.stream(citations.split(" ")).map(Integer::valueOf).toList();

		assertThat(PublicationMetrics.of(list).hIndex()).isEqualTo(3);
	}

}
