package ai.slope.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string exists in both languages, and every message key a template uses exists.
 */
class MessagesTests {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/i18n/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		Set<Object> english = load("messages.properties").keySet();
		Set<Object> chinese = load("messages_zh_CN.properties").keySet();

		assertThat(chinese).as("keys missing in Chinese").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(chinese);
	}

	@Test
	void chineseMessagesAreTranslated() throws IOException {
		Properties chinese = load("messages_zh_CN.properties");
		Properties english = load("messages.properties");
		Set<String> sameAsEnglish = chinese.stringPropertyNames()
			.stream()
			.filter(key -> chinese.getProperty(key).equals(english.getProperty(key)))
			.collect(Collectors.toSet());

		// a few strings are the same in both languages on purpose
		assertThat(sameAsEnglish).isSubsetOf("layout.footer.api", "search.as-json");
	}

	@Test
	void everyKeyThatATemplateUsesExists() throws IOException {
		Properties english = load("messages.properties");
		Pattern key = Pattern.compile("#\\{([a-z0-9.\\-]+)[(}]");
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter(p -> p.toString().endsWith(".html")).forEach(template -> {
				try {
					Matcher matcher = key.matcher(Files.readString(template));
					while (matcher.find()) {
						assertThat(english.containsKey(matcher.group(1)))
							.as("message %s used in %s", matcher.group(1), template)
							.isTrue();
					}
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
	}

}
