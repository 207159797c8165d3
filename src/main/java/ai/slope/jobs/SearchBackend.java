package ai.slope.jobs;

import java.util.Locale;

/**
 * Where the search indexes live: {@link #LUCENE} in a local folder of one instance, {@link #OPENSEARCH} on an
 * OpenSearch cluster that several instances share ({@code slope.search.backend}, docs/search.md).
 */
public enum SearchBackend {

	LUCENE, OPENSEARCH;

	/** The backend the setting names; anything else stops the start with a message that says what is allowed. */
	public static SearchBackend of(String setting) {
		String name = (setting == null || setting.isBlank()) ? "lucene" : setting.strip().toLowerCase(Locale.ROOT);
		return switch (name) {
			case "lucene" -> LUCENE;
			case "opensearch" -> OPENSEARCH;
			default -> throw new IllegalStateException(
					"SLOPE_SEARCH_BACKEND must be lucene or opensearch, not '" + setting + "'");
		};
	}

}
