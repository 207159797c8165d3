package ai.slope.alerts;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Account;
import ai.slope.accounts.Mailer;
import ai.slope.jobs.JobFormat;
import ai.slope.jobs.JobSearch.NewPostings;

/**
 * Writes and sends the digest of an alert, in its owner's language: the newest postings with their place,
 * pay and link, a link to the whole search when there are more, and the unsubscribe link, which is also in
 * the {@code List-Unsubscribe} header (with {@code List-Unsubscribe-Post} for one-click unsubscribing from
 * the mail program, RFC 8058). The body is the plain-text template {@code templates/alerts/mail/digest.txt},
 * which formats postings as the pages do ({@code @jobFormat}).
 */
@Component
class AlertMails {

	private final Mailer mailer;

	private final MessageSource messages;

	private final JobFormat format;

	private final UnsubscribeTokens tokens;

	private final JobAlerts alerts;

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	AlertMails(Mailer mailer, MessageSource messages, JobFormat format, UnsubscribeTokens tokens, JobAlerts alerts) {
		this.alerts = alerts;
		this.mailer = mailer;
		this.messages = messages;
		this.format = format;
		this.tokens = tokens;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(AlertMails.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		this.templates.setTemplateResolver(resolver);
		this.templates.setTemplateEngineMessageSource(messages);
	}

	/**
	 * @throws MailException when the SMTP server does not take the mail; nothing is then recorded as sent
	 */
	void sendDigest(Account to, JobAlert alert, NewPostings postings) {
		Locale locale = to.getLanguage();
		String base = this.mailer.link("").toUriString();
		String unsubscribe = base + "/alerts/unsubscribe?token=" + this.tokens.tokenFor(alert.getId());
		Context model = new Context(locale);
		model.setVariable("name", to.getDisplayName());
		model.setVariable("alert", alert);
		model.setVariable("hits", postings.newest());
		// each posting's place and pay as the pages write them: the mail calls no other module's bean
		model.setVariable("places", postings.newest().stream().map(hit -> this.format.location(hit, locale)).toList());
		model.setVariable("pays", postings.newest().stream().map(hit -> this.format.salary(hit, locale)).toList());
		model.setVariable("total", postings.total());
		model.setVariable("baseUrl", base);
		model.setVariable("searchUrl", base + this.alerts.searchPath(alert.getQuery()));
		model.setVariable("alertsUrl", base + "/alerts");
		model.setVariable("unsubscribeUrl", unsubscribe);
		String body = this.templates.process("alerts/mail/digest", model);
		String subject = this.messages.getMessage("alerts.mail.subject",
				new Object[] { postings.total(), alert.getName() }, locale);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		this.mailer.sendWritten(to, subject, body, headers);
	}

}
