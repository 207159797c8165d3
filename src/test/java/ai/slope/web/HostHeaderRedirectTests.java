package ai.slope.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import ai.slope.SlopeIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects through real Tomcat, whose {@code sendRedirect} would otherwise write an absolute address built from
 * the request's Host header (MockMvc does not show it).
 */
@SlopeIntegrationTest
class HostHeaderRedirectTests {

	@LocalServerPort
	int port;

	@Test
	void aRedirectNeverNamesTheHostTheRequestClaimed() throws Exception {
		String toLogin = RawHttp.get(this.port, "/recruiter/company", "evil.example");
		String toMetrics = RawHttp.get(this.port, "/actuator/prometheus", "evil.example");

		assertThat(RawHttp.status(toLogin)).isEqualTo(302);
		assertThat(RawHttp.header(toLogin, "Location")).isEqualTo("/login");
		assertThat(RawHttp.status(toMetrics)).isEqualTo(302);
		assertThat(RawHttp.header(toMetrics, "Location")).isEqualTo("/login");
	}

}
