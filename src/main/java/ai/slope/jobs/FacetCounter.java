package ai.slope.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

import ai.slope.roles.Seniority;

/**
 * Counts a search’s matches, and the matches for every filter value, in one pass over the postings its
 * keywords match (all of them without keywords), reading each posting’s values from {@link PostingColumns}.
 * The pass is split in ranges of postings counted side by side, and their counts added up.
 * <p>
 * Each group is counted as if its own filter were not set, so that a person sees what choosing another value
 * would give: a posting that passes every filter counts in the total and in every group; one that fails
 * exactly one filter counts only in that filter’s group; one that fails two counts nowhere. This is Lucene’s
 * “drill sideways” in a single pass, where a pass per selected group would walk the matches again for each.
 */
final class FacetCounter {

	private static final int ROLE_TYPE = 0;

	private static final int SENIORITY = 1;

	private static final int EMPLOYMENT_TYPE = 2;

	private static final int REMOTE_POLICY = 3;

	private static final int COUNTRY = 4;

	private static final int SALARY = 5;

	private static final int VISA = 6;

	private static final int POSTED = 7;

	private static final int PASSES = -1;

	private static final int FAILS_TWO = -2;

	/** The fewest postings worth a task of their own. */
	private static final int CHUNK = 65_536;

	private final PostingColumns columns;

	private final Executor executor;

	private final int parallelism;

	/**
	 * @param executor runs the parts of a count, {@code parallelism} of them at most per index segment
	 */
	FacetCounter(PostingColumns columns, Executor executor, int parallelism) {
		this.columns = columns;
		this.executor = executor;
		this.parallelism = parallelism;
	}

	/**
	 * Starts counting the live postings that {@code matching} matches and that pass the query’s filters, at
	 * {@code now}; the query’s keywords and company are not looked at, {@code matching} stands for them. The
	 * postings are split in ranges counted side by side, so a count over a million postings takes a fraction
	 * of the time on several cores. The reader must stay open until the count is done.
	 */
	CompletableFuture<JobSearch.Counts> count(IndexReader reader, Query matching, JobQuery query, Instant now)
			throws IOException {
		List<PostingColumns.Segment> segments = this.columns.of(reader);
		IndexSearcher searcher = new IndexSearcher(reader);
		Query rewritten = searcher.rewrite(matching);
		Weight weight = (rewritten instanceof MatchAllDocsQuery) ? null
				: searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<CompletableFuture<Tally>> parts = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingColumns.Segment segment = segments.get(leaf.ord);
			int size = leaf.reader().maxDoc();
			int chunk = Math.max(CHUNK, (size + this.parallelism - 1) / this.parallelism);
			for (int from = 0; from < size; from += chunk) {
				int start = from;
				int end = Math.min(size, from + chunk);
				parts.add(CompletableFuture.supplyAsync(() -> tally(weight, leaf, segment, start, end, query, now),
						this.executor));
			}
		}
		return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
			Tally all = new Tally(query, now, this.columns);
			parts.forEach(part -> all.addAll(part.join()));
			return all.counts(this.columns);
		});
	}

	/**
	 * Counts the matches among the postings {@code from} (included) to {@code to} (excluded) of a segment; all
	 * its live postings when the weight is {@code null}.
	 */
	private Tally tally(Weight weight, LeafReaderContext leaf, PostingColumns.Segment segment, int from, int to,
			JobQuery query, Instant now) {
		Tally tally = new Tally(query, now, this.columns);
		try {
			Bits live = leaf.reader().getLiveDocs();
			if (weight == null) {
				for (int doc = from; doc < to; doc++) {
					if (live == null || live.get(doc)) {
						tally.add(segment, doc);
					}
				}
				return tally;
			}
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				return tally;
			}
			DocIdSetIterator matches = scorer.iterator();
			for (int doc = matches.advance(from); doc < to; doc = matches.nextDoc()) {
				if (live == null || live.get(doc)) {
					tally.add(segment, doc);
				}
			}
			return tally;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The counts as they grow, with the query’s filters turned into tables indexed by a posting’s values.
	 */
	private static final class Tally {

		private final long now;

		private final boolean[] roleTypes;

		private final boolean[] seniorities;

		private final boolean[] employmentTypes;

		private final boolean[] remotePolicies;

		private final boolean[] countries;

		private final int minSalary;

		private final boolean visa;

		private final long publishedSince;

		/** Whether any filter is set. */
		private final boolean filtered;

		private final long[] postedSince;

		private long total;

		private final long[] roleTypeCounts;

		private final long[] seniorityCounts = new long[Seniority.values().length];

		private final long[] employmentTypeCounts = new long[EmploymentType.values().length];

		private final long[] remotePolicyCounts = new long[RemotePolicy.values().length];

		private final long[] countryCounts;

		/** Postings by how many of the pay thresholds the top of their range reaches. */
		private final long[] salaryBandCounts = new long[Facets.SALARY_THRESHOLDS.size() + 1];

		private long visaCount;

		/** Postings by how many of the “posted within” windows they were published in. */
		private final long[] postedBandCounts = new long[Facets.POSTED_WITHIN_DAYS.size() + 1];

		Tally(JobQuery query, Instant now, PostingColumns columns) {
			this.now = now.toEpochMilli();
			int roleTypeCount = columns.roleTypes().values().size();
			int countryCount = columns.countries().values().size();
			this.roleTypes = selected(query.roleTypes(), roleTypeCount, columns.roleTypes());
			this.seniorities = selectedEnums(query.seniorities(), Seniority.values().length);
			this.employmentTypes = selectedEnums(query.employmentTypes(), EmploymentType.values().length);
			this.remotePolicies = selectedEnums(query.remotePolicies(), RemotePolicy.values().length);
			this.countries = selected(query.countries(), countryCount, columns.countries());
			this.minSalary = (query.minSalaryUsd() != null) ? query.minSalaryUsd() : Integer.MIN_VALUE;
			this.visa = query.visaSponsorship();
			this.publishedSince = (query.postedWithinDays() != null)
					? now.minus(Duration.ofDays(query.postedWithinDays())).toEpochMilli() : Long.MIN_VALUE;
			this.filtered = this.roleTypes != null || this.seniorities != null || this.employmentTypes != null
					|| this.remotePolicies != null || this.countries != null || query.minSalaryUsd() != null
					|| this.visa || query.postedWithinDays() != null;
			this.postedSince = Facets.POSTED_WITHIN_DAYS.stream()
				.mapToLong(days -> now.minus(Duration.ofDays(days)).toEpochMilli())
				.toArray();
			this.roleTypeCounts = new long[roleTypeCount];
			this.countryCounts = new long[countryCount];
		}

		private static boolean[] selected(Collection<String> values, int size, PostingColumns.Dictionary dictionary) {
			if (values.isEmpty()) {
				return null;
			}
			boolean[] selected = new boolean[size];
			for (String value : values) {
				int id = dictionary.find(value);
				if (id >= 0 && id < size) {
					selected[id] = true;
				}
			}
			return selected;
		}

		private static boolean[] selectedEnums(Collection<? extends Enum<?>> values, int size) {
			if (values.isEmpty()) {
				return null;
			}
			boolean[] selected = new boolean[size];
			for (Enum<?> value : values) {
				selected[value.ordinal()] = true;
			}
			return selected;
		}

		private static boolean fails(boolean[] selected, int value) {
			return selected != null && (value < 0 || !selected[value]);
		}

		/**
		 * Counts one matching posting, if it is live. Written for a million calls a search: the branches
		 * taken depend on the filters set, not on each posting, and the pay and time bands are counted as
		 * sums rather than tested one by one (a mispredicted branch costs more than the rest of the work).
		 */
		void add(PostingColumns.Segment segment, int doc) {
			if (segment.expiresAt()[doc] <= this.now) {
				return;
			}
			int failed = this.filtered ? failedFilter(segment, doc) : PASSES;
			if (failed == FAILS_TWO) {
				return;
			}
			int role = segment.roleType()[doc];
			int seniority = segment.seniority()[doc];
			int employment = segment.employmentType()[doc];
			int remote = segment.remotePolicy()[doc];
			int country = segment.country()[doc];
			int salaryBand = segment.salaryBand()[doc];
			int visa = segment.visaSponsorship()[doc];
			long published = segment.publishedAt()[doc];
			int postedBand = ((published >= this.postedSince[0]) ? 1 : 0) + ((published >= this.postedSince[1]) ? 1 : 0)
					+ ((published >= this.postedSince[2]) ? 1 : 0);
			if (failed == PASSES) {
				this.total++;
				increment(this.roleTypeCounts, role);
				increment(this.seniorityCounts, seniority);
				increment(this.employmentTypeCounts, employment);
				increment(this.remotePolicyCounts, remote);
				increment(this.countryCounts, country);
				this.salaryBandCounts[salaryBand]++;
				this.visaCount += visa;
				this.postedBandCounts[postedBand]++;
				return;
			}
			switch (failed) {
				case ROLE_TYPE -> increment(this.roleTypeCounts, role);
				case SENIORITY -> increment(this.seniorityCounts, seniority);
				case EMPLOYMENT_TYPE -> increment(this.employmentTypeCounts, employment);
				case REMOTE_POLICY -> increment(this.remotePolicyCounts, remote);
				case COUNTRY -> increment(this.countryCounts, country);
				case SALARY -> this.salaryBandCounts[salaryBand]++;
				case VISA -> this.visaCount += visa;
				default -> this.postedBandCounts[postedBand]++;
			}
		}

		/**
		 * The one filter a posting fails, {@link #PASSES} when it fails none, {@link #FAILS_TWO} when more.
		 */
		private int failedFilter(PostingColumns.Segment segment, int doc) {
			int failed = PASSES;
			if (fails(this.roleTypes, segment.roleType()[doc])) {
				failed = ROLE_TYPE;
			}
			if (fails(this.seniorities, segment.seniority()[doc])) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = SENIORITY;
			}
			if (fails(this.employmentTypes, segment.employmentType()[doc])) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = EMPLOYMENT_TYPE;
			}
			if (fails(this.remotePolicies, segment.remotePolicy()[doc])) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = REMOTE_POLICY;
			}
			if (fails(this.countries, segment.country()[doc])) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = COUNTRY;
			}
			if (this.minSalary != Integer.MIN_VALUE && segment.salaryMaxUsd()[doc] < this.minSalary) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = SALARY;
			}
			if (this.visa && segment.visaSponsorship()[doc] == 0) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = VISA;
			}
			if (this.publishedSince != Long.MIN_VALUE && segment.publishedAt()[doc] < this.publishedSince) {
				if (failed != PASSES) {
					return FAILS_TWO;
				}
				failed = POSTED;
			}
			return failed;
		}

		/**
		 * Adds the counts of another part of the same count.
		 */
		void addAll(Tally other) {
			this.total += other.total;
			add(this.roleTypeCounts, other.roleTypeCounts);
			add(this.seniorityCounts, other.seniorityCounts);
			add(this.employmentTypeCounts, other.employmentTypeCounts);
			add(this.remotePolicyCounts, other.remotePolicyCounts);
			add(this.countryCounts, other.countryCounts);
			add(this.salaryBandCounts, other.salaryBandCounts);
			this.visaCount += other.visaCount;
			add(this.postedBandCounts, other.postedBandCounts);
		}

		private static void add(long[] counts, long[] more) {
			for (int i = 0; i < counts.length; i++) {
				counts[i] += more[i];
			}
		}

		private static void increment(long[] counts, int value) {
			if (value >= 0) {
				counts[value]++;
			}
		}

		JobSearch.Counts counts(PostingColumns columns) {
			List<String> roleTypes = columns.roleTypes().values();
			List<String> countries = columns.countries().values();
			// a posting in pay band b reaches the b lowest thresholds; one in time band b was published within
			// the b longest windows
			Map<Integer, Long> salary = new LinkedHashMap<>();
			for (int i = 0; i < Facets.SALARY_THRESHOLDS.size(); i++) {
				salary.put(Facets.SALARY_THRESHOLDS.get(i), sumFrom(this.salaryBandCounts, i + 1));
			}
			Map<Integer, Long> posted = new LinkedHashMap<>();
			for (int i = 0; i < Facets.POSTED_WITHIN_DAYS.size(); i++) {
				posted.put(Facets.POSTED_WITHIN_DAYS.get(i),
						sumFrom(this.postedBandCounts, Facets.POSTED_WITHIN_DAYS.size() - i));
			}
			return new JobSearch.Counts(this.total,
					new Facets(byCount(this.roleTypeCounts, roleTypes::get),
							inOrder(this.seniorityCounts, Seniority.class),
							byCount(this.employmentTypeCounts, i -> EmploymentType.values()[i]),
							byCount(this.remotePolicyCounts, i -> RemotePolicy.values()[i]),
							byCount(this.countryCounts, countries::get), salary, this.visaCount, posted));
		}

		private static long sumFrom(long[] counts, int from) {
			long sum = 0;
			for (int i = from; i < counts.length; i++) {
				sum += counts[i];
			}
			return sum;
		}

		/** The values that have postings, the most first (then by value, for a stable order). */
		private static <K> Map<K, Long> byCount(long[] counts, IntFunction<K> value) {
			Map<K, Long> found = new LinkedHashMap<>();
			java.util.stream.IntStream.range(0, counts.length)
				.filter(i -> counts[i] > 0)
				.boxed()
				.sorted(Comparator.comparingLong((Integer i) -> -counts[i]).thenComparing(i -> String.valueOf(value.apply(i))))
				.forEach(i -> found.put(value.apply(i), counts[i]));
			return found;
		}

		/** The values that have postings, in their order. */
		private static <E extends Enum<E>> Map<E, Long> inOrder(long[] counts, Class<E> type) {
			Map<E, Long> found = new EnumMap<>(type);
			for (E value : type.getEnumConstants()) {
				if (counts[value.ordinal()] > 0) {
					found.put(value, counts[value.ordinal()]);
				}
			}
			return found;
		}

	}

}
