package ai.slope.jobs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.Facets;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.RemotePolicy;
import ai.slope.roles.Seniority;

/**
 * The values a search filters and counts by, for every posting of an index segment, read once from the
 * segment’s doc values into plain arrays and kept while the segment lives. Counting a million matches then
 * costs an array read per group and posting, where Hibernate Search’s aggregations look every value up in a
 * hash map (docs/benchmarks.md).
 * <p>
 * A segment’s postings never change, only their deletion, which the search itself takes care of; so the
 * arrays stay right until the segment is merged away, when they are dropped. Role types and countries are
 * numbered in a dictionary shared by all segments, in the order they were first seen.
 */
public final class PostingColumns {

	/** A value the posting does not have. */
	static final int NONE = -1;

	private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

	private final Dictionary roleTypes = new Dictionary();

	private final Dictionary countries = new Dictionary();

	Dictionary roleTypes() {
		return this.roleTypes;
	}

	Dictionary countries() {
		return this.countries;
	}

	/**
	 * The columns of every segment of the reader, in the order of its leaves; read from the index the first
	 * time a segment is seen.
	 */
	List<Segment> of(IndexReader reader) throws IOException {
		List<Segment> columns = new ArrayList<>(reader.leaves().size());
		for (LeafReaderContext leaf : reader.leaves()) {
			columns.add(of(leaf.reader()));
		}
		return columns;
	}

	private Segment of(LeafReader reader) throws IOException {
		IndexReader.CacheHelper core = reader.getCoreCacheHelper();
		if (core == null) {
			return read(reader);
		}
		Segment known = this.segments.get(core.getKey());
		if (known != null) {
			return known;
		}
		Segment read = read(reader);
		if (this.segments.putIfAbsent(core.getKey(), read) == null) {
			core.addClosedListener(this.segments::remove);
		}
		return read;
	}

	private Segment read(LeafReader reader) throws IOException {
		int size = reader.maxDoc();
		int[] salary = ints(reader, "salaryMaxUsd", size);
		return new Segment(size, ordinals(reader, "roleType", size, this.roleTypes),
				enums(reader, "seniority", size, Seniority.class), enums(reader, "employmentType", size,
						EmploymentType.class),
				enums(reader, "remotePolicy", size, RemotePolicy.class), ordinals(reader, "country", size, this.countries),
				bytes(ints(reader, "visaSponsorship", size)), salary, salaryBands(salary),
				longs(reader, "publishedAt", size), longs(reader, "expiresAt", size),
				enums(reader, "openingType", size, OpeningType.class), bytes(ints(reader, "mentoring", size)),
				noAiExperience(ints(reader, "aiExperienceRequired", size)));
	}

	/** 1 where a posting says it requires no prior AI experience (false indexed), 0 where it does or says nothing. */
	private static byte[] noAiExperience(int[] required) {
		byte[] column = new byte[required.length];
		for (int i = 0; i < required.length; i++) {
			column[i] = (byte) ((required[i] == 0) ? 1 : 0);
		}
		return column;
	}

	private static byte[] bytes(int[] values) {
		byte[] column = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			column[i] = (byte) ((values[i] == 1) ? 1 : 0);
		}
		return column;
	}

	/** How many of {@link Facets#SALARY_THRESHOLDS} each posting’s top of range reaches. */
	private static byte[] salaryBands(int[] salaries) {
		byte[] column = new byte[salaries.length];
		for (int i = 0; i < salaries.length; i++) {
			int band = 0;
			for (int threshold : Facets.SALARY_THRESHOLDS) {
				if (salaries[i] >= threshold) {
					band++;
				}
			}
			column[i] = (byte) band;
		}
		return column;
	}

	private static short[] ordinals(LeafReader reader, String field, int size, Dictionary dictionary)
			throws IOException {
		SortedSetDocValues values = DocValues.getSortedSet(reader, field);
		int[] global = new int[(int) values.getValueCount()];
		for (int ord = 0; ord < global.length; ord++) {
			global[ord] = dictionary.id(values.lookupOrd(ord).utf8ToString());
		}
		short[] column = new short[size];
		Arrays.fill(column, (short) NONE);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			column[doc] = (short) global[(int) values.nextOrd()];
		}
		return column;
	}

	private static <E extends Enum<E>> byte[] enums(LeafReader reader, String field, int size, Class<E> type)
			throws IOException {
		SortedSetDocValues values = DocValues.getSortedSet(reader, field);
		byte[] ordinal = new byte[(int) values.getValueCount()];
		for (int ord = 0; ord < ordinal.length; ord++) {
			ordinal[ord] = (byte) Enum.valueOf(type, values.lookupOrd(ord).utf8ToString()).ordinal();
		}
		byte[] column = new byte[size];
		Arrays.fill(column, (byte) NONE);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			column[doc] = ordinal[(int) values.nextOrd()];
		}
		return column;
	}

	private static int[] ints(LeafReader reader, String field, int size) throws IOException {
		long[] values = longs(reader, field, size);
		int[] column = new int[size];
		for (int i = 0; i < size; i++) {
			column[i] = (values[i] == Long.MIN_VALUE) ? Integer.MIN_VALUE : (int) values[i];
		}
		return column;
	}

	private static long[] longs(LeafReader reader, String field, int size) throws IOException {
		SortedNumericDocValues values = DocValues.getSortedNumeric(reader, field);
		long[] column = new long[size];
		Arrays.fill(column, Long.MIN_VALUE);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			column[doc] = values.nextValue();
		}
		return column;
	}

	/**
	 * One segment’s values, indexed by document number. Role types and countries are dictionary numbers, the
	 * enums their ordinals, visa sponsorship 1 or 0, the pay band how many of the thresholds the search counts
	 * ({@link Facets#SALARY_THRESHOLDS}) the top of the range reaches, times epoch milliseconds; {@link #NONE}
	 * (or the smallest value of the type, for numbers and times) where a posting has no value. Mentoring and "no AI
	 * experience needed" are 1 or 0 as visa sponsorship is (a job has neither).
	 */
	record Segment(int size, short[] roleType, byte[] seniority, byte[] employmentType, byte[] remotePolicy,
			short[] country, byte[] visaSponsorship, int[] salaryMaxUsd, byte[] salaryBand, long[] publishedAt,
			long[] expiresAt, byte[] openingType, byte[] mentoring, byte[] noAiExperience) {
	}

	/**
	 * Numbers for the values of a keyword field, shared by all segments: a value keeps its number for the
	 * application’s life. Few values ever occur (role types, countries), so they are never forgotten.
	 */
	static final class Dictionary {

		private final Map<String, Integer> ids = new ConcurrentHashMap<>();

		private volatile List<String> values = List.of();

		synchronized int id(String value) {
			Integer known = this.ids.get(value);
			if (known != null) {
				return known;
			}
			if (this.values.size() >= Short.MAX_VALUE) {
				throw new IllegalStateException("More than " + Short.MAX_VALUE + " distinct values");
			}
			List<String> grown = new ArrayList<>(this.values);
			grown.add(value);
			this.values = List.copyOf(grown);
			this.ids.put(value, grown.size() - 1);
			return grown.size() - 1;
		}

		/** The number of a value, or {@link #NONE} when no segment has had it. */
		int find(String value) {
			return this.ids.getOrDefault(value, NONE);
		}

		/** Every value, by number. */
		List<String> values() {
			return this.values;
		}

	}

}
