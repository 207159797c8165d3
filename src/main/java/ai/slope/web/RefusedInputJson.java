package ai.slope.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The rule of {@link RefusedInputFilter} for JSON bodies: a string (a value or an element of a list) that holds
 * a refused control character fails to read, and the API answers 400 naming the field (see {@code ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
class RefusedInputJson {

	@Bean
	JacksonModule refusedInputModule() {
		return new SimpleModule("refused-input").addDeserializer(String.class, new CheckedStringDeserializer());
	}

	/**
	 * Jackson's own string reading, then the check.
	 */
	static final class CheckedStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (InputText.hasRefused(value)) {
				throw new RefusedStringException(parser, value);
			}
			return value;
		}

	}

	/**
	 * A JSON string with a refused character.
	 */
	static final class RefusedStringException extends InvalidFormatException {

		RefusedStringException(JsonParser parser, String value) {
			super(parser, "String holds a control character", value, String.class);
		}

	}

}
