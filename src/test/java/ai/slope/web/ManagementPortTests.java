package ai.slope.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a management port of its own ({@code SLOPE_MANAGEMENT_PORT}), Prometheus scrapes it without a login, and the
 * application's port keeps only whether Slope is up. (The same context as {@link ProxiedTomcatTests}.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "management.server.address=127.0.0.1",
				"server.forward-headers-strategy=native" })
@ActiveProfiles("test")
class ManagementPortTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void prometheusScrapesTheManagementPortWithoutALogin() throws Exception {
		String metrics = RawHttp.get(this.managementPort, "/actuator/prometheus", "127.0.0.1");
		String health = RawHttp.get(this.managementPort, "/actuator/health", "127.0.0.1");

		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(RawHttp.status(metrics)).isEqualTo(200);
		assertThat(metrics).contains("jvm_memory_used_bytes");
		assertThat(RawHttp.status(health)).isEqualTo(200);
		assertThat(health).contains("\"status\":\"UP\"").doesNotContain("components");
	}

	@Test
	void theApplicationsPortShowsNoMetricsButStillAnswersTheProbes() throws Exception {
		String metrics = RawHttp.get(this.port, "/actuator/prometheus", "127.0.0.1");

		assertThat(RawHttp.status(metrics)).isNotEqualTo(200);
		assertThat(metrics).doesNotContain("jvm_memory_used_bytes");
		for (String probe : new String[] { "/livez", "/readyz" }) {
			String answer = RawHttp.get(this.port, probe, "127.0.0.1");
			assertThat(RawHttp.status(answer)).as(probe).isEqualTo(200);
			assertThat(answer).as(probe).contains("\"status\":\"UP\"");
		}
	}

}
