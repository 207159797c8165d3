package ai.slope.web;

import java.util.Locale;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;

/**
 * How typed values are read from addresses and forms, registered once for every controller
 * ({@link WebConfiguration#addFormatters}):
 * <ul>
 * <li>an enum is written in lower case with hyphens ({@code full-time} for {@code FULL_TIME}); the constant's own
 * name is read as well, in any case;</li>
 * <li>a whole number may be typed with spaces around it and thousands separators ({@code 120,000},
 * {@code 120_000}, {@code 120 000}, {@code 120'000}).</li>
 * </ul>
 * A value that is none of these fails the conversion: on a bound form or parameter object it becomes a
 * {@code typeMismatch} field error (messages {@code typeMismatch.*} in the bundles) and the page shows what was
 * typed; an id in the path that is not a number is a 404 page ({@link PageErrors}) or a 400 problem document
 * ({@link ApiProblems}).
 */
public final class InputConverters {

	/** What people put between the digits of a large number: spaces, commas, underscores, apostrophes. */
	private static final java.util.regex.Pattern GROUPING = java.util.regex.Pattern.compile("[\\s,_'’]");

	private InputConverters() {
	}

	static void register(FormatterRegistry registry) {
		registry.addConverterFactory(new LenientEnums());
		registry.addConverter(String.class, Integer.class, InputConverters::toInteger);
		registry.addConverter(String.class, Long.class, InputConverters::toLong);
	}

	/**
	 * The URL form of an enum constant: {@code full-time} for {@code FULL_TIME}.
	 */
	public static String urlValue(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The enum constant written as {@code full-time} (or {@code FULL_TIME}), {@code null} when there is none.
	 */
	public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	/**
	 * A whole number as a person types it, {@code null} when blank.
	 * @throws NumberFormatException when it is not a whole number (separators alone are not one) or out of
	 * {@code long}'s range
	 */
	public static Long wholeNumber(String value) {
		if (value.isBlank()) {
			return null;
		}
		return Long.valueOf(GROUPING.matcher(value).replaceAll(""));
	}

	static Integer toInteger(String value) {
		Long number = wholeNumber(value);
		if (number == null) {
			return null;
		}
		return Math.toIntExact(number);
	}

	static Long toLong(String value) {
		return wholeNumber(value);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class LenientEnums implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			Class<?> enumType = targetType;
			while (enumType != null && !enumType.isEnum()) {
				enumType = enumType.getSuperclass();
			}
			Class<T> type = (Class<T>) enumType;
			return source -> {
				if (source.isBlank()) {
					return null;
				}
				T value = (T) enumValue((Class) type, source);
				if (value == null) {
					throw new IllegalArgumentException("No " + type.getSimpleName() + " " + source);
				}
				return value;
			};
		}

	}

}
