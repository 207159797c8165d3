package ai.slope.web;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lists in running text, joined as the reader's language joins them: “Mid-level, Senior” in English, “中级、高级”
 * (the enumeration comma) in Chinese. The separator is the message {@code list.separator}. Templates call it as
 * {@code @lists.join(items, #locale)}.
 */
@Component("lists")
public class Lists {

	private final MessageSource messages;

	Lists(MessageSource messages) {
		this.messages = messages;
	}

	public String join(Collection<?> items, Locale locale) {
		if (items == null || items.isEmpty()) {
			return "";
		}
		String separator = this.messages.getMessage("list.separator", null, ", ", locale);
		return items.stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining(separator));
	}

}
