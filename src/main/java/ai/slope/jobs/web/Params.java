package ai.slope.jobs.web;

import java.util.Locale;

/**
 * How enum values look in URLs: lower case with hyphens ({@code full-time} for {@code FULL_TIME}).
 */
final class Params {

	private Params() {
	}

	static String of(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

}
