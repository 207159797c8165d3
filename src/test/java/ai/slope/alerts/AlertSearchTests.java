package ai.slope.alerts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ai.slope.WebIntegrationTest;
import ai.slope.jobs.JobQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert keeps its search as the search page’s canonical query string: the same filters in any order, any
 * case or with a page and an order are one search, and what cannot be searched is not kept.
 */
@WebIntegrationTest
class AlertSearchTests {

	@Autowired
	JobAlerts alerts;

	private String canonical(String queryString) {
		return this.alerts.search(queryString).map(this.alerts::queryString).orElse(null);
	}

	@Test
	void theSameFiltersInAnyOrderAreOneSearchWithoutPageSizeOrOrder() {
		assertThat(canonical("country=fr&role=ml-engineer&country=DE&page=3&size=50&sort=salary"))
			.isEqualTo("role=ml-engineer&country=DE&country=FR");
		assertThat(canonical("?role=ml-engineer&country=DE&country=FR")).isEqualTo("role=ml-engineer&country=DE&country=FR");
		assertThat(canonical("")).isEmpty();
		assertThat(canonical(null)).isEmpty();
	}

	@Test
	void keywordsSurviveTheRoundTrip() {
		JobQuery query = this.alerts.search("q=C%2B%2B+%22deep+learning%22&salary=150%2C000&visa=on&days=7").orElseThrow();

		assertThat(query.keywords()).isEqualTo("C++ \"deep learning\"");
		assertThat(query.minSalaryUsd()).isEqualTo(150_000);
		assertThat(query.visaSponsorship()).isTrue();
		assertThat(query.postedWithinDays()).isEqualTo(7);
		assertThat(this.alerts.search(this.alerts.queryString(query))).contains(query);
	}

	@Test
	void aSearchWithAValueThatIsNotAcceptableIsNotKept() {
		assertThat(this.alerts.search("role=astrologer")).isEmpty();
		assertThat(this.alerts.search("salary=lots")).isEmpty();
		assertThat(this.alerts.search("q=" + "x".repeat(201))).isEmpty();
		assertThat(this.alerts.search("days=0")).isEmpty();
	}

}
