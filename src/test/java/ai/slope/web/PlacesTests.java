package ai.slope.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cities Slope knows are named in the reader's language, others as written; lists are joined with the
 * language's separator.
 */
class PlacesTests {

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/cities");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private final Places places = new Places(messages(), new Countries());

	private final Lists lists = new Lists(messages());

	@Test
	void aCitySlopeKnowsIsNamedInTheReadersLanguageBesideItsCountry() {
		assertThat(this.places.place("San Francisco", "US", Locale.SIMPLIFIED_CHINESE)).isEqualTo("旧金山，美国");
		assertThat(this.places.place("San Francisco", "US", Locale.ENGLISH)).isEqualTo("San Francisco, United States");
		assertThat(this.places.city("  tubingen ", Locale.SIMPLIFIED_CHINESE)).isEqualTo("图宾根");
		assertThat(this.places.city("Tübingen", Locale.SIMPLIFIED_CHINESE)).isEqualTo("图宾根");
		assertThat(this.places.city("Zürich", Locale.ENGLISH)).as("as its owner wrote it").isEqualTo("Zürich");
		assertThat(this.places.city("Zürich", Locale.SIMPLIFIED_CHINESE)).isEqualTo("苏黎世");
	}

	@Test
	void anyOtherCityIsShownAsWritten() {
		assertThat(this.places.place("Lyme Regis", "GB", Locale.SIMPLIFIED_CHINESE)).isEqualTo("Lyme Regis，英国");
		assertThat(this.places.place("北京", "CN", Locale.ENGLISH)).isEqualTo("北京, China");
		assertThat(this.places.place("", "CH", Locale.SIMPLIFIED_CHINESE)).isEqualTo("瑞士");
		assertThat(this.places.place("Zurich", null, Locale.SIMPLIFIED_CHINESE)).isEqualTo("苏黎世");
	}

	@Test
	void listsUseTheEnumerationCommaInChinese() {
		assertThat(this.lists.join(List.of("中级", "高级"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("中级、高级");
		assertThat(this.lists.join(List.of("Mid-level", "Senior"), Locale.ENGLISH)).isEqualTo("Mid-level, Senior");
		assertThat(this.lists.join(List.of(), Locale.ENGLISH)).isEmpty();
	}

}
