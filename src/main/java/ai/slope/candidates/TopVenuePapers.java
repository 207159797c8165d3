package ai.slope.candidates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recruiter search's filter on top-venue papers: at least N papers at a top venue, optionally first-author only,
 * optionally since a year, optionally at venues of one field (“at least 2 first-author papers since 2022 in
 * vision”), answered from the index with one range query.
 * <p>
 * <b>How the index holds it.</b> For each of the 16 ways of counting (any author or first author; any field or
 * one of the 7 fields), a profile's matching papers are sorted newest first, and for each k from 1 to
 * {@link #MAX_COUNT} that it has, one number goes into the multi-valued field {@code topVenuePapers}:
 * {@code code(way, k) × 10,000 + the year of its k-th newest paper}. “At least N papers since Y” holds exactly when
 * the N-th newest paper appeared in Y or later, so the whole filter is one range,
 * {@code [code(way, N) × 10,000 + Y, code(way, N) × 10,000 + 9,999]} (Y = 0 without a year): a profile matches when
 * any of its numbers lies in it, and the numbers of different ways and ks never share a band. A profile gets at
 * most 16 × 20 = 320 numbers, most researchers a handful; any year works, not only those of a fixed window.
 * {@link Publication#counts} is the same rule in plain Java, which the explanation uses and the tests compare with.
 */
public final class TopVenuePapers {

	/** The most papers a search may ask for; a profile's count is indexed up to it. */
	public static final int MAX_COUNT = 20;

	/** The earliest year a search may ask for papers since (the earliest year a publication may have). */
	public static final int MIN_SINCE = Publications.MIN_YEAR;

	/** The index field. */
	static final String FIELD = "topVenuePapers";

	private static final int YEARS = 10_000;

	private TopVenuePapers() {
	}

	/**
	 * What a search asks for.
	 * @param count at least this many papers, 1 to {@link #MAX_COUNT}
	 * @param firstAuthor only papers whose owner is the first author
	 * @param since only papers of this year or later, or null
	 * @param field only papers at venues of this field, or null
	 */
	public record Criteria(int count, boolean firstAuthor, Integer since, VenueField field) {

		public Criteria {
			if (count < 1 || count > MAX_COUNT) {
				throw new IllegalArgumentException("Top-venue papers: " + count + " is not from 1 to " + MAX_COUNT);
			}
			if (since != null && (since < MIN_SINCE || since >= YEARS)) {
				throw new IllegalArgumentException("Top-venue papers since " + since);
			}
		}

	}

	/**
	 * The papers of a profile that the criteria count, for the explanation of a result.
	 * @param count how many
	 * @param venues their venues' acronyms, the most papers first
	 */
	public record Found(Criteria criteria, int count, List<String> venues) {

		public Found {
			venues = List.copyOf(venues);
		}

	}

	/** The papers of these publications that the criteria count, and where they appeared. */
	static Found found(Collection<Publication> publications, Criteria criteria) {
		List<Publication> counted = publications.stream().filter(publication -> publication.counts(criteria)).toList();
		return new Found(criteria, counted.size(), venues(counted));
	}

	/** The acronyms of the venues of these publications, the venue with most of them first (then by acronym). */
	static List<String> venues(Collection<Publication> publications) {
		Map<String, Integer> byVenue = new LinkedHashMap<>();
		publications.stream()
			.filter(publication -> publication.getTopVenue() != null)
			.forEach(publication -> byVenue.merge(publication.getTopVenue().getAcronym(), 1, Integer::sum));
		return byVenue.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing(Map.Entry.comparingByKey(String.CASE_INSENSITIVE_ORDER)))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The numbers a profile with these publications puts into the index (see the class comment). */
	static List<Integer> indexValues(Collection<Publication> publications) {
		List<Integer> values = new ArrayList<>();
		for (boolean firstAuthor : new boolean[] { false, true }) {
			for (int field = 0; field <= VenueField.values().length; field++) {
				VenueField venueField = (field == 0) ? null : VenueField.values()[field - 1];
				Criteria way = new Criteria(1, firstAuthor, null, venueField);
				List<Integer> years = publications.stream()
					.filter(publication -> publication.counts(way))
					.map(Publication::getYear)
					.sorted(Comparator.reverseOrder())
					.toList();
				for (int k = 1; k <= Math.min(years.size(), MAX_COUNT); k++) {
					values.add(code(firstAuthor, venueField, k) * YEARS + years.get(k - 1));
				}
			}
		}
		return values;
	}

	/** The least number in the index that meets the criteria. */
	static int lowest(Criteria criteria) {
		return code(criteria.firstAuthor(), criteria.field(), criteria.count()) * YEARS
				+ ((criteria.since() != null) ? criteria.since() : 0);
	}

	/** The greatest number in the index that meets the criteria. */
	static int highest(Criteria criteria) {
		return code(criteria.firstAuthor(), criteria.field(), criteria.count()) * YEARS + YEARS - 1;
	}

	/** The band of a way of counting and a k: the field's position from 1 (0 for any), 16 ways, ks below 100. */
	private static int code(boolean firstAuthor, VenueField field, int k) {
		int way = (firstAuthor ? 16 : 0) + ((field != null) ? field.ordinal() + 1 : 0);
		return way * 100 + k;
	}

}
