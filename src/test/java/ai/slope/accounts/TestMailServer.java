package ai.slope.accounts;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import org.awaitility.Awaitility;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import ai.slope.system.EventListeners;

/**
 * One real SMTP server (GreenMail) for the JVM, on a free port; the initializer points
 * {@code spring.mail.host} at it.
 */
public final class TestMailServer {

	private static GreenMail server;

	private TestMailServer() {
	}

	public static synchronized GreenMail get() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		}
		return server;
	}

	/**
	 * The mails received for this address, oldest first, once the listeners that send mails after a commit are done
	 * ({@link EventListeners}): what is not here then was not sent.
	 */
	public static List<MimeMessage> mailsTo(String address) {
		EventListeners.awaitMailingListeners();
		return received(address);
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(get().getReceivedMessages()).filter(message -> isTo(message, address)).toList();
	}

	/**
	 * The mails for this address once there are at least {@code count} of them, for mails sent in the background;
	 * fails after ten seconds.
	 */
	public static List<MimeMessage> awaitMailsTo(String address, int count) {
		return Awaitility.await(count + " mail(s) to " + address)
			.atMost(Duration.ofSeconds(10))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(25))
			.until(() -> received(address), mails -> mails.size() >= count);
	}

	/**
	 * The decoded text of a plain-text mail.
	 */
	public static String body(MimeMessage message) {
		try {
			return ((String) message.getContent()).replace("\r\n", "\n");
		}
		catch (java.io.IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(to -> to.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
					"spring.mail.port=" + get().getSmtp().getPort());
		}

	}

}
