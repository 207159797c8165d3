package ai.slope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import ai.slope.accounts.TestMailServer;

/**
 * The whole application on a real PostgreSQL, with MockMvc, mail going to a real SMTP server (GreenMail) and a
 * first admin configured: the configuration of most tests, in every module. Tests with this annotation share one
 * application context (docs/testing.md); a browser logged in as someone comes from
 * {@code WebSession.loggedInAs(mvc, account)}. No Tomcat here: the tests that need it use
 * {@code SlopeIntegrationTest}; a rule of the controllers alone is tested in a {@code @WebMvcTest} slice
 * ({@code jobs.web.JobControllerRulesTests}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@TestPropertySource(properties = { "slope.admin.email=" + WebIntegrationTest.ADMIN_EMAIL,
		"slope.admin.password=" + WebIntegrationTest.ADMIN_PASSWORD, "slope.admin.name=Ada Admin",
		"slope.base-url=https://slope.test" })
public @interface WebIntegrationTest {

	String ADMIN_EMAIL = "Root@Slope.Test";

	String ADMIN_PASSWORD = "correct horse battery staple";

}
