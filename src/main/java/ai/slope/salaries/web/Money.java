package ai.slope.salaries.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * US dollar amounts as the explorer writes them in the reader’s language: in full (“$123,456”, “123,456 美元”)
 * and short for charts (“$123K”, “12.3万美元”).
 */
@Component("salaryMoney")
class Money {

	private final MessageSource messages;

	Money(MessageSource messages) {
		this.messages = messages;
	}

	public String full(Long usd, Locale locale) {
		if (usd == null) {
			return "";
		}
		return this.messages.getMessage("salaries.usd", new Object[] { NumberFormat.getIntegerInstance(locale).format(usd) },
				locale);
	}

	public String compact(long usd, Locale locale) {
		NumberFormat format = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
		format.setMaximumFractionDigits(1);
		return this.messages.getMessage("salaries.usd", new Object[] { format.format(usd) }, locale);
	}

	public String count(long count, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(count);
	}

}
