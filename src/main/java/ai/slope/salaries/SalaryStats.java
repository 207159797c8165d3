package ai.slope.salaries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Percentiles of yearly pay in US dollars over the approved salary records, as PostgreSQL's {@code percentile_cont}
 * interpolates them (from the reports {@code percentile_disc} picks), published so that no one’s pay can be read off the figures, also not by comparing
 * two groups that differ by one report (see docs/salaries.md, “Privacy of the figures”):
 * <ul>
 * <li>a percentile is published only from a group of {@link #minRecords(int) its minimum size} on (the median from
 * {@value #MIN_RECORDS}, the quartiles from 20, the 10th and 90th from 50), so that it is never an extreme;</li>
 * <li>and only when it is <em>stable</em>: the reports around it (the one below the two it interpolates between
 * to the one above them) lie within one {@link #STEP}, so adding or removing any one report moves it by less
 * than a step;</li>
 * <li>every published amount is rounded to the nearest {@value #STEP} US dollars.</li>
 * </ul>
 * A group below {@value #MIN_RECORDS} records is only counted. Everything else that is shown (the charts, where a
 * posting’s pay sits) is computed from these published figures alone.
 */
@Service
public class SalaryStats {

	/** The fewest records a group needs for any of its figures (the median) to be shown. */
	public static final int MIN_RECORDS = 10;

	/** The percentiles described, in per cent. */
	public static final List<Integer> PERCENTILES = List.of(10, 25, 50, 75, 90);

	/** The fewest records for each percentile of {@link #PERCENTILES}, in the same order. */
	static final List<Integer> MIN_RECORDS_BY_PERCENTILE = List.of(50, 20, MIN_RECORDS, 20, 50);

	/**
	 * Published amounts are multiples of this (US dollars a year), and a percentile is published only when one
	 * report more or less would move it by at most this much.
	 */
	public static final int STEP = 5_000;

	/** The fewest records a group needs for the given percentile (one of {@link #PERCENTILES}) to be shown. */
	public static int minRecords(int percentile) {
		return MIN_RECORDS_BY_PERCENTILE.get(PERCENTILES.indexOf(percentile));
	}

	/** How long an answer is kept when nothing changes the data in this instance (changes elsewhere). */
	static final java.time.Duration KEPT = java.time.Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final com.github.benmanes.caffeine.cache.Cache<Object, Object> answers;

	SalaryStats(JdbcClient jdbc,
			@org.springframework.beans.factory.annotation.Value("${slope.salaries.stats-cache-size:2000}") int cacheSize) {
		this.jdbc = jdbc;
		this.answers = (cacheSize > 0) ? com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
			.maximumSize(cacheSize)
			.expireAfterWrite(KEPT)
			.build() : null;
	}

	/**
	 * Forgets every kept answer: the salary data changed. Called after the change committed.
	 */
	void forget() {
		if (this.answers != null) {
			this.answers.invalidateAll();
		}
	}

	@SuppressWarnings("unchecked")
	private <T> T kept(String kind, Object key, java.util.function.Supplier<T> compute) {
		return (this.answers != null) ? (T) this.answers.get(java.util.List.of(kind, key), k -> compute.get())
				: compute.get();
	}

	/**
	 * Sorting a large group in memory is several times faster than on disk, which PostgreSQL's default 4 MB of
	 * work memory would make it (an “all roles” group of 1,000,000 records needs about 40 MB).
	 */
	private void enoughMemoryToSort() {
		this.jdbc.sql("set local work_mem = '64MB'").update();
	}

	/**
	 * A group’s count and its percentiles (whole US dollars, multiples of {@link #STEP}, in the order of
	 * {@link #PERCENTILES}), each null when it is not published; no percentiles at all when none is.
	 */
	public record Figures(long count, List<Long> percentiles) {

		/** Whether any percentile is published. */
		public boolean isShown() {
			return !this.percentiles.isEmpty();
		}

		/** Whether all five are published. */
		public boolean isComplete() {
			return isShown() && this.percentiles.stream().allMatch(java.util.Objects::nonNull);
		}

		public Long p10() {
			return at(0);
		}

		public Long p25() {
			return at(1);
		}

		public Long p50() {
			return at(2);
		}

		public Long p75() {
			return at(3);
		}

		public Long p90() {
			return at(4);
		}

		private Long at(int index) {
			return isShown() ? this.percentiles.get(index) : null;
		}

	}

	/**
	 * The figures of one experience level or one year.
	 */
	public record Group<K>(K key, Figures figures) {
	}

	/**
	 * What the explorer shows: the figures for the query, by experience level (whatever level the query names) and
	 * by year (whatever years it names).
	 */
	public record Overview(SalaryQuery query, Figures figures, List<Group<ExperienceLevel>> byLevel,
			List<Group<Integer>> byYear) {
	}

	// the counts and the reports they rank are read by two statements: one snapshot for both
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Overview overview(SalaryQuery query) {
		return new Overview(query, figures(query), byLevel(query.withoutLevel()), byYear(query.withoutYears()));
	}

	/**
	 * The figures of the records the query names; answers are kept for a minute, and forgotten at once when the
	 * data changes in this instance.
	 */
	// the counts and the reports they rank are read by two statements: one snapshot for both
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Figures figures(SalaryQuery query) {
		return kept("figures", query, () -> computeFigures(query));
	}

	private Figures computeFigures(SalaryQuery query) {
		enoughMemoryToSort();
		Where where = where(query);
		return this.jdbc.sql(grouped(where, List.of("true")))
			.params(where.params())
			.query((rs, n) -> figures(rs, 1))
			.single();
	}

	/**
	 * The figures of each experience level (all four, in order, those without records counted as 0).
	 */
	// the counts and the reports they rank are read by two statements: one snapshot for both
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<Group<ExperienceLevel>> byLevel(SalaryQuery query) {
		return kept("byLevel", query, () -> computeByLevel(query));
	}

	private List<Group<ExperienceLevel>> computeByLevel(SalaryQuery query) {
		enoughMemoryToSort();
		Where where = where(query);
		List<String> conditions = new ArrayList<>();
		for (ExperienceLevel level : ExperienceLevel.values()) {
			conditions.add("experience_level = '" + level.name() + "'");
		}
		return this.jdbc.sql(grouped(where, conditions))
			.params(where.params())
			.query((rs, n) -> {
				List<Group<ExperienceLevel>> all = new ArrayList<>();
				for (ExperienceLevel level : ExperienceLevel.values()) {
					all.add(new Group<>(level, figures(rs, 1 + COLUMNS * level.ordinal())));
				}
				return all;
			})
			.single();
	}

	/**
	 * The figures of each year that has records, oldest first.
	 */
	// the counts and the reports they rank are read by two statements: one snapshot for both
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<Group<Integer>> byYear(SalaryQuery query) {
		// the years are looked up before, not inside, the computation kept in the same cache: a lookup inside
		// another one's computation fails ("Recursive update") when both keys fall in one bin of the map
		Optional<int[]> range = years();
		return kept("byYear", query, () -> computeByYear(query, range));
	}

	private List<Group<Integer>> computeByYear(SalaryQuery query, Optional<int[]> range) {
		if (range.isEmpty()) {
			return List.of();
		}
		int first = Math.max(range.get()[0], (query.yearFrom() != null) ? query.yearFrom() : Integer.MIN_VALUE);
		int last = Math.min(range.get()[1], (query.yearTo() != null) ? query.yearTo() : Integer.MAX_VALUE);
		if (first > last) {
			return List.of();
		}
		enoughMemoryToSort();
		Where where = where(query);
		List<String> conditions = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			conditions.add("year = " + year);
		}
		return this.jdbc.sql(grouped(where, conditions))
			.params(where.params())
			.query((rs, n) -> {
				List<Group<Integer>> years = new ArrayList<>();
				for (int year = first; year <= last; year++) {
					Figures figures = figures(rs, 1 + COLUMNS * (year - first));
					if (figures.count() > 0) {
						years.add(new Group<>(year, figures));
					}
				}
				return years;
			})
			.single();
	}

	/**
	 * The records of a query in amount order, as a subquery. {@code percentile_disc} sorts what it is given;
	 * given it in order (read from the amount-ordered indexes of migration V16), its sort only checks that, in
	 * one pass, where sorting the hundreds of thousands of records of a large group took most of the time.
	 * The figures are the same in any order.
	 */
	private static String inAmountOrder(Where where) {
		return "(select amount_usd, experience_level, year from salary_record where " + where.sql()
				+ " order by amount_usd) in_order";
	}

	/** The columns {@link #grouped} gives for each group: its count, and the reports at and around each percentile. */
	private static final int COLUMNS = 2;

	/**
	 * The statement for the groups of records that meet each condition within the query: for each, its count and,
	 * for each percentile at position h = p·(n − 1), the four reports from ⌊h⌋ − 1 to ⌈h⌉ + 1 in amount order
	 * ({@code percentile_disc} at their ranks): the two {@code percentile_cont} interpolates between, and the ones
	 * {@link #figures(ResultSet, int)} needs to tell whether one report more or less could move it by more than a
	 * step. The ranks depend on the counts, so these are read first, in a statement of their own (an index-only
	 * count); then the records are read once, in amount order, with one ordered-set aggregate a group. (Counting in
	 * the same statement, joined to the ordered rows, made PostgreSQL sort every row again: 120 ms for all roles
	 * against 55 ms for the two statements.)
	 */
	private String grouped(Where where, List<String> conditions) {
		List<String> counts = new ArrayList<>();
		for (String condition : conditions) {
			counts.add("count(*) filter (where " + condition + ")");
		}
		long[] n = this.jdbc.sql("select " + String.join(", ", counts) + " from salary_record where " + where.sql())
			.params(where.params())
			.query((rs, row) -> {
				long[] all = new long[conditions.size()];
				for (int i = 0; i < all.length; i++) {
					all[i] = rs.getLong(i + 1);
				}
				return all;
			})
			.single();
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < conditions.size(); i++) {
			List<String> ranks = new ArrayList<>();
			for (int percentile : PERCENTILES) {
				long hundredthsOfH = percentile * Math.max(n[i] - 1, 0);
				long floor = hundredthsOfH / 100;
				long ceil = (hundredthsOfH + 99) / 100;
				ranks.add(rank(floor - 1, n[i]));
				ranks.add(rank(floor, n[i]));
				ranks.add(rank(ceil, n[i]));
				ranks.add(rank(ceil + 1, n[i]));
			}
			columns.add(n[i] + "::bigint");
			columns.add("percentile_disc(array[" + String.join(", ", ranks)
					+ "]::float8[]) within group (order by amount_usd) filter (where " + conditions.get(i) + ")");
		}
		return "select " + String.join(", ", columns) + " from " + inAmountOrder(where);
	}

	/**
	 * The fraction at which {@code percentile_disc} gives the report at a rank (from 0, kept within the group) of
	 * a group of {@code n}: the middle of its share, safe from rounding.
	 */
	private static String rank(long index, long n) {
		long within = Math.min(Math.max(index, 0), Math.max(n - 1, 0));
		return Double.toString((within + 0.5) / Math.max(n, 1));
	}

	/**
	 * Where a pay range sits among the approved records of a role type, level and country, read off the group’s
	 * published percentiles (nothing else is used, so this tells no more than the explorer does).
	 * @param low the percentile rank of the range’s low end: 10 to 90, or {@link #BELOW} the 10th percentile, or
	 * {@link #ABOVE} the 90th
	 * @param high the percentile rank of its high end, likewise
	 * @param count how many records the group has
	 */
	public record Position(int low, int high, long count) {

		public static final int BELOW = 0;

		public static final int ABOVE = 100;

	}

	/**
	 * Where a yearly pay range in US dollars sits in its group: each end placed among the group’s published
	 * percentiles, interpolated linearly between them. Empty unless all five are published.
	 */
	@Transactional(readOnly = true)
	public Optional<Position> position(String roleType, ExperienceLevel level, String country, int minUsd,
			int maxUsd) {
		if (roleType == null || level == null || country == null) {
			return Optional.empty();
		}
		Figures figures = figures(new SalaryQuery(roleType, level, country, null, null, null));
		if (!figures.isComplete()) {
			return Optional.empty();
		}
		return Optional.of(new Position(rank(minUsd, figures.percentiles()), rank(maxUsd, figures.percentiles()),
				figures.count()));
	}

	private static int rank(long usd, List<Long> percentiles) {
		if (usd < percentiles.get(0)) {
			return Position.BELOW;
		}
		int last = percentiles.size() - 1;
		if (usd > percentiles.get(last)) {
			return Position.ABOVE;
		}
		for (int i = 0; i < last; i++) {
			long from = percentiles.get(i);
			long to = percentiles.get(i + 1);
			if (usd <= to) {
				double share = (to == from) ? 0 : (double) (usd - from) / (to - from);
				return (int) Math.round(PERCENTILES.get(i) + share * (PERCENTILES.get(i + 1) - PERCENTILES.get(i)));
			}
		}
		return PERCENTILES.get(last);
	}

	/**
	 * The countries of residence of approved, mapped records, with how many each has, the most first.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, Long> countries() {
		return kept("countries", "all", this::computeCountries);
	}

	private java.util.Map<String, Long> computeCountries() {
		java.util.Map<String, Long> countries = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select employee_residence, count(*) from salary_record
				where status = 'APPROVED' and role_type is not null
				group by employee_residence order by count(*) desc, employee_residence
				""").query(rs -> {
			countries.put(rs.getString(1), rs.getLong(2));
		});
		return countries;
	}

	/**
	 * The first and last year of approved, mapped records; empty when there are none.
	 */
	@Transactional(readOnly = true)
	public Optional<int[]> years() {
		return kept("years", "all", this::computeYears);
	}

	private Optional<int[]> computeYears() {
		return this.jdbc.sql("""
				select min(year), max(year) from salary_record where status = 'APPROVED' and role_type is not null
				""").query((rs, n) -> rs.getObject(1) == null ? null : new int[] { rs.getInt(1), rs.getInt(2) })
			.optional();
	}


	/**
	 * The published figures of a group from its count, its percentiles and the reports around each: a percentile
	 * is published when the group has its minimum size and the reports around it lie within a {@link #STEP}, then
	 * rounded to the step.
	 */
	private static Figures figures(ResultSet rs, int column) throws SQLException {
		long count = rs.getLong(column);
		Array disc = rs.getArray(column + 1);
		if (count < MIN_RECORDS || disc == null) {
			return new Figures(count, List.of());
		}
		Object[] around = (Object[]) disc.getArray();
		List<Long> published = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < PERCENTILES.size(); i++) {
			double below = ((Number) around[4 * i]).doubleValue();
			double floor = ((Number) around[4 * i + 1]).doubleValue();
			double ceil = ((Number) around[4 * i + 2]).doubleValue();
			double above = ((Number) around[4 * i + 3]).doubleValue();
			if (count >= MIN_RECORDS_BY_PERCENTILE.get(i) && above - below <= STEP) {
				// percentile_cont: from the report at ⌊h⌋ the fraction of h towards the one at ⌈h⌉
				long hundredthsOfH = PERCENTILES.get(i) * (count - 1);
				double fraction = (hundredthsOfH % 100) / 100.0;
				published.add(rounded(floor + fraction * (ceil - floor)));
				any = true;
			}
			else {
				published.add(null);
			}
		}
		return new Figures(count, any ? java.util.Collections.unmodifiableList(published) : List.of());
	}

	/** An amount to the nearest {@link #STEP}. */
	static long rounded(double usd) {
		return Math.round(usd / STEP) * STEP;
	}

	private record Where(String sql, List<Object> params) {

	}

	private static Where where(SalaryQuery query) {
		StringBuilder sql = new StringBuilder("status = 'APPROVED' and role_type is not null");
		List<Object> params = new ArrayList<>();
		if (query.roleType() != null) {
			sql.append(" and role_type = ?");
			params.add(query.roleType());
		}
		if (query.level() != null) {
			sql.append(" and experience_level = ?");
			params.add(query.level().name());
		}
		if (query.country() != null) {
			sql.append(" and employee_residence = ?");
			params.add(query.country());
		}
		if (query.yearFrom() != null) {
			sql.append(" and year >= ?");
			params.add(query.yearFrom());
		}
		if (query.yearTo() != null) {
			sql.append(" and year <= ?");
			params.add(query.yearTo());
		}
		if (query.remoteRatio() != null) {
			sql.append(" and remote_ratio = ?");
			params.add(query.remoteRatio());
		}
		return new Where(sql.toString(), params);
	}

}
