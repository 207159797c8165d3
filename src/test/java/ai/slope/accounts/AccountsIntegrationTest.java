package ai.slope.accounts;

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

/**
 * The whole application on a real PostgreSQL, with MockMvc, mail going to a real SMTP server (GreenMail) and a
 * first admin configured. Tests with this annotation share one application context (docs/testing.md). No Tomcat
 * here: the tests that need it use {@code SlopeIntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.Initializer.class)
@TestPropertySource(properties = { "slope.admin.email=" + AccountsIntegrationTest.ADMIN_EMAIL,
		"slope.admin.password=" + AccountsIntegrationTest.ADMIN_PASSWORD, "slope.admin.name=Ada Admin",
		"slope.base-url=https://slope.test" })
public @interface AccountsIntegrationTest {

	String ADMIN_EMAIL = "Root@Slope.Test";

	String ADMIN_PASSWORD = "correct horse battery staple";

}
