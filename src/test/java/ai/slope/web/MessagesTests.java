package ai.slope.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

	/**
	 * The bundles, one per module that has its own, as {@code spring.messages.basename} lists them.
	 */
	static final List<String> BUNDLES = List.of("messages", "companies", "postings", "admin", "candidates",
			"applications", "alerts", "salaries", "cities");

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/i18n/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/**
	 * All the bundles of one language together; a key may be in one bundle only.
	 */
	static Properties loadAll(String suffix) throws IOException {
		Properties all = new Properties();
		for (String bundle : BUNDLES) {
			Properties properties = load(bundle + suffix + ".properties");
			for (String key : properties.stringPropertyNames()) {
				assertThat(all.containsKey(key)).as("%s is in two bundles", key).isFalse();
			}
			all.putAll(properties);
		}
		return all;
	}

	@Test
	void everyBundleIsConfigured() throws IOException {
		Properties application = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/application.properties"),
				StandardCharsets.UTF_8)) {
			application.load(reader);
		}
		String configured = application.getProperty("spring.messages.basename");
		assertThat(configured.split(",")).containsExactlyElementsOf(BUNDLES.stream().map(b -> "i18n/" + b).toList());
	}

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		Set<Object> english = loadAll("").keySet();
		Set<Object> chinese = loadAll("_zh_CN").keySet();

		assertThat(chinese).as("keys missing in Chinese").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(chinese);
	}

	@Test
	void chineseMessagesAreTranslated() throws IOException {
		Properties chinese = loadAll("_zh_CN");
		Properties english = loadAll("");
		Set<String> sameAsEnglish = chinese.stringPropertyNames()
			.stream()
			.filter(key -> chinese.getProperty(key).equals(english.getProperty(key)))
			.collect(Collectors.toSet());

		// a few strings are the same in both languages on purpose: names of products and sites, and an arrow
		// between two values that are translated themselves, and an achievement that is only its (translated) name
		assertThat(sameAsEnglish).isSubsetOf("layout.footer.api", "search.as-json", "applications.csv.github",
				"applications.csv.scholar", "applications.csv.hugging-face", "applications.csv.linkedin",
				"admin.audit.detail.change", "candidates.achievement.text.plain");
	}

	@Test
	void everyKeyThatATemplateUsesExists() throws IOException {
		Properties english = loadAll("");
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
