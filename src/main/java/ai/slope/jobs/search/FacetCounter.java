package ai.slope.jobs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
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

import ai.slope.jobs.EmploymentType;
import ai.slope.jobs.Facets;
import ai.slope.jobs.JobQuery;
import ai.slope.jobs.OpeningType;
import ai.slope.jobs.RemotePolicy;
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
public final class FacetCounter {

	private static final int ROLE_TYPE = 0;

	private static final int SENIORITY = 1;

	private static final int EMPLOYMENT_TYPE = 2;

	private static final int REMOTE_POLICY = 3;

	private static final int COUNTRY = 4;

	private static final int SALARY = 5;

	private static final int VISA = 6;

	private static final int POSTED = 7;

	private static final int OPENING_TYPE = 8;

	private static final int MENTORING = 9;

	private static final int NO_AI_EXPERIENCE = 10;

	private static final int PASSES = -1;


	/** How many postings a part of a count covers, at most. */
	private static final int PART = 131_072;

	private final PostingColumns columns;

	private final Executor executor;

	private final int threads;

	private final int partSize;

	/**
	 * @param executor runs the parts of a count, on {@code threads} threads at most for one count
	 */
	public FacetCounter(PostingColumns columns, Executor executor, int threads) {
		this(columns, executor, threads, PART);
	}

	/**
	 * @param partSize how many postings a part covers at most (small in tests, to split a small index)
	 */
	public FacetCounter(PostingColumns columns, Executor executor, int threads, int partSize) {
		this.columns = columns;
		this.executor = executor;
		this.threads = threads;
		this.partSize = partSize;
	}

	/**
	 * Starts counting the live postings that {@code matching} matches and that pass the query’s filters, at
	 * {@code now}; the query’s keywords and company are not looked at, {@code matching} stands for them. The
	 * postings are split in parts that the executor’s threads count, and that the caller helps count once it
	 * has done its own work (see {@link Counting#join}). The reader must stay open until the count is done.
	 */
	public Counting count(IndexReader reader, Query matching, JobQuery query, Instant now) throws IOException {
		List<PostingColumns.Segment> segments = this.columns.of(reader);
		IndexSearcher searcher = new IndexSearcher(reader);
		Query rewritten = searcher.rewrite(matching);
		Weight weight = (rewritten instanceof MatchAllDocsQuery) ? null
				: searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<Part> parts = new ArrayList<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			int size = leaf.reader().maxDoc();
			for (int from = 0; from < size; from += this.partSize) {
				parts.add(new Part(leaf, segments.get(leaf.ord), from, (int) Math.min(size, (long) from + this.partSize)));
			}
		}
		Counting counting = new Counting(weight, parts, query, now);
		for (int i = 0; i < Math.min(this.threads, parts.size()); i++) {
			counting.helpers.add(CompletableFuture.runAsync(counting::work, this.executor));
		}
		return counting;
	}

	/**
	 * A range of a segment’s postings, counted as one piece of work.
	 */
	private record Part(LeafReaderContext leaf, PostingColumns.Segment segment, int from, int to) {
	}

	/**
	 * A count under way: its parts are taken one at a time by whichever thread is free.
	 */
	public final class Counting {

		private final Weight weight;

		private final List<Part> parts;

		private final JobQuery query;

		private final Instant now;

		private final AtomicInteger next = new AtomicInteger();

		private final Tally[] tallies;

		private final List<CompletableFuture<Void>> helpers = new ArrayList<>();

		private Counting(Weight weight, List<Part> parts, JobQuery query, Instant now) {
			this.weight = weight;
			this.parts = parts;
			this.query = query;
			this.now = now;
			this.tallies = new Tally[parts.size()];
		}

		private void work() {
			for (int i = this.next.getAndIncrement(); i < this.parts.size(); i = this.next.getAndIncrement()) {
				Part part = this.parts.get(i);
				this.tallies[i] = tally(this.weight, part.leaf(), part.segment(), part.from(), part.to(), this.query,
						this.now);
			}
		}

		/**
		 * Gives the count up: no part is started any more, and the parts under way are waited for.
		 */
		public void abandon() {
			this.next.set(this.parts.size());
			this.helpers.forEach(helper -> helper.exceptionally(failure -> null).join());
		}

		/**
		 * Counts the parts no thread has taken yet, waits for the others, and adds everything up.
		 */
		public FacetCounts join() {
			work();
			this.helpers.forEach(CompletableFuture::join);
			Tally all = new Tally(this.query, this.now, FacetCounter.this.columns);
			for (Tally tally : this.tallies) {
				all.addAll(tally);
			}
			return all.counts(FacetCounter.this.columns);
		}

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

		private final int[] roleTypes;

		private final int[] seniorities;

		private final int[] employmentTypes;

		private final int[] remotePolicies;

		private final int[] countries;

		private final int minSalary;

		private final boolean visa;

		private final long publishedSince;

		private final int[] openingTypes;

		private final boolean mentoring;

		private final boolean noAiExperience;

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

		private final long[] openingTypeCounts = new long[OpeningType.values().length];

		private long mentoringCount;

		private long noAiExperienceCount;

		Tally(JobQuery query, Instant now, PostingColumns columns) {
			this.now = now.toEpochMilli();
			int roleTypeCount = columns.roleTypes().values().size();
			int countryCount = columns.countries().values().size();
			this.roleTypes = failures(query.roleTypes(), roleTypeCount, columns.roleTypes(), ROLE_TYPE);
			this.seniorities = enumFailures(query.seniorities(), Seniority.values().length, SENIORITY);
			this.employmentTypes = enumFailures(query.employmentTypes(), EmploymentType.values().length,
					EMPLOYMENT_TYPE);
			this.remotePolicies = enumFailures(query.remotePolicies(), RemotePolicy.values().length, REMOTE_POLICY);
			this.countries = failures(query.countries(), countryCount, columns.countries(), COUNTRY);
			this.minSalary = (query.minSalaryUsd() != null) ? query.minSalaryUsd() : Integer.MIN_VALUE;
			this.visa = query.visaSponsorship();
			this.publishedSince = (query.postedWithinDays() != null)
					? now.minus(Duration.ofDays(query.postedWithinDays())).toEpochMilli() : Long.MIN_VALUE;
			this.openingTypes = enumFailures(query.openingTypes(), OpeningType.values().length, OPENING_TYPE);
			this.mentoring = query.mentoring();
			this.noAiExperience = query.noAiExperience();
			this.filtered = !query.roleTypes().isEmpty() || !query.seniorities().isEmpty()
					|| !query.employmentTypes().isEmpty() || !query.remotePolicies().isEmpty()
					|| !query.countries().isEmpty() || query.minSalaryUsd() != null || this.visa
					|| query.postedWithinDays() != null || !query.openingTypes().isEmpty() || this.mentoring
					|| this.noAiExperience;
			this.postedSince = Facets.POSTED_WITHIN_DAYS.stream()
				.mapToLong(days -> now.minus(Duration.ofDays(days)).toEpochMilli())
				.toArray();
			this.roleTypeCounts = new long[roleTypeCount];
			this.countryCounts = new long[countryCount];
		}

		/**
		 * For each value (shifted by one, so that {@link PostingColumns#NONE} is at 0) the group’s bit when a
		 * posting with that value fails the group’s filter, 0 when it passes: all 0 when the filter is not set.
		 */
		private static int[] failures(Collection<String> values, int size, PostingColumns.Dictionary dictionary,
				int group) {
			int[] failures = new int[size + 1];
			if (!values.isEmpty()) {
				Arrays.fill(failures, 1 << group);
				for (String value : values) {
					int id = dictionary.find(value);
					if (id >= 0 && id < size) {
						failures[id + 1] = 0;
					}
				}
			}
			return failures;
		}

		private static int[] enumFailures(Collection<? extends Enum<?>> values, int size, int group) {
			int[] failures = new int[size + 1];
			if (!values.isEmpty()) {
				Arrays.fill(failures, 1 << group);
				for (Enum<?> value : values) {
					failures[value.ordinal() + 1] = 0;
				}
			}
			return failures;
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
			int role = segment.roleType()[doc];
			int seniority = segment.seniority()[doc];
			int employment = segment.employmentType()[doc];
			int remote = segment.remotePolicy()[doc];
			int country = segment.country()[doc];
			int salaryBand = segment.salaryBand()[doc];
			int visa = segment.visaSponsorship()[doc];
			long published = segment.publishedAt()[doc];
			int opening = segment.openingType()[doc];
			int mentoring = segment.mentoring()[doc];
			int noAiExperience = segment.noAiExperience()[doc];
			int failed = PASSES;
			if (this.filtered) {
				// one bit per filter failed, worked out without a branch per filter
				int failures = this.roleTypes[role + 1] | this.seniorities[seniority + 1]
						| this.employmentTypes[employment + 1] | this.remotePolicies[remote + 1]
						| this.countries[country + 1]
						| ((segment.salaryMaxUsd()[doc] < this.minSalary) ? 1 << SALARY : 0)
						| ((this.visa && visa == 0) ? 1 << VISA : 0)
						| ((published < this.publishedSince) ? 1 << POSTED : 0)
						| this.openingTypes[opening + 1]
						| ((this.mentoring && mentoring == 0) ? 1 << MENTORING : 0)
						| ((this.noAiExperience && noAiExperience == 0) ? 1 << NO_AI_EXPERIENCE : 0);
				if (failures != 0) {
					if ((failures & (failures - 1)) != 0) {
						return;
					}
					failed = Integer.numberOfTrailingZeros(failures);
				}
			}
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
				increment(this.openingTypeCounts, opening);
				this.mentoringCount += mentoring;
				this.noAiExperienceCount += noAiExperience;
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
				case OPENING_TYPE -> increment(this.openingTypeCounts, opening);
				case MENTORING -> this.mentoringCount += mentoring;
				case NO_AI_EXPERIENCE -> this.noAiExperienceCount += noAiExperience;
				default -> this.postedBandCounts[postedBand]++;
			}
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
			add(this.openingTypeCounts, other.openingTypeCounts);
			this.mentoringCount += other.mentoringCount;
			this.noAiExperienceCount += other.noAiExperienceCount;
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

		FacetCounts counts(PostingColumns columns) {
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
			return new FacetCounts(this.total,
					new Facets(byCount(this.roleTypeCounts, roleTypes::get),
							inOrder(this.seniorityCounts, Seniority.class),
							byCount(this.employmentTypeCounts, i -> EmploymentType.values()[i]),
							byCount(this.remotePolicyCounts, i -> RemotePolicy.values()[i]),
							byCount(this.countryCounts, countries::get), salary, this.visaCount, posted,
							inOrder(this.openingTypeCounts, OpeningType.class), this.mentoringCount,
							this.noAiExperienceCount));
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
