package ai.slope.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Lets a test take the SMTP server away, as an outage does: until {@link #end()}, the application's mail sender
 * connects to a port where nothing listens, so every mail fails. A {@code @Component} of the test sources, so every
 * test application has it alike (docs/testing.md); a test that begins an outage ends it (in an {@code @AfterEach}).
 */
@Component
public class SmtpOutage {

	private final ObjectProvider<JavaMailSenderImpl> sender;

	private int port = -1;

	SmtpOutage(ObjectProvider<JavaMailSenderImpl> sender) {
		this.sender = sender;
	}

	public synchronized void begin() {
		JavaMailSenderImpl mailSender = this.sender.getObject();
		if (this.port == -1) {
			this.port = mailSender.getPort();
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			mailSender.setPort(socket.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized void end() {
		if (this.port != -1) {
			this.sender.getObject().setPort(this.port);
			this.port = -1;
		}
	}

}
