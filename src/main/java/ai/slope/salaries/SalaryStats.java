package ai.slope.salaries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Percentiles of yearly pay in US dollars over the approved salary records, computed in PostgreSQL
 * ({@code percentile_cont}). A group of fewer than {@value #MIN_RECORDS} records is never described, only
 * counted as too small, so that no one’s pay can be read off the figures (k-anonymity).
 */
@Service
public class SalaryStats {

	/** The fewest records a group needs for its figures to be shown. */
	public static final int MIN_RECORDS = 5;

	/** The percentiles described, in per cent. */
	public static final List<Integer> PERCENTILES = List.of(10, 25, 50, 75, 90);

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
	 * A group’s count and, when it has at least {@value #MIN_RECORDS} records, its percentiles (whole US dollars,
	 * in the order of {@link #PERCENTILES}); otherwise no percentiles.
	 */
	public record Figures(long count, List<Long> percentiles) {

		public boolean isShown() {
			return !this.percentiles.isEmpty();
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

	@Transactional(readOnly = true)
	public Overview overview(SalaryQuery query) {
		return new Overview(query, figures(query), byLevel(query.withoutLevel()), byYear(query.withoutYears()));
	}

	/**
	 * The figures of the records the query names; answers are kept for a minute, and forgotten at once when the
	 * data changes in this instance.
	 */
	@Transactional(readOnly = true)
	public Figures figures(SalaryQuery query) {
		return kept("figures", query, () -> computeFigures(query));
	}

	private Figures computeFigures(SalaryQuery query) {
		enoughMemoryToSort();
		Where where = where(query);
		return this.jdbc.sql("select count(*), " + PERCENTILE_SQL + " from " + inAmountOrder(where))
			.params(where.params())
			.query((rs, n) -> figures(rs, 1))
			.single();
	}

	/**
	 * The figures of each experience level (all four, in order, those without records counted as 0).
	 */
	@Transactional(readOnly = true)
	public List<Group<ExperienceLevel>> byLevel(SalaryQuery query) {
		return kept("byLevel", query, () -> computeByLevel(query));
	}

	private List<Group<ExperienceLevel>> computeByLevel(SalaryQuery query) {
		enoughMemoryToSort();
		Where where = where(query);
		List<String> columns = new ArrayList<>();
		for (ExperienceLevel level : ExperienceLevel.values()) {
			columns.add(filtered("experience_level = '" + level.name() + "'"));
		}
		return this.jdbc.sql("select " + String.join(", ", columns) + " from " + inAmountOrder(where))
			.params(where.params())
			.query((rs, n) -> {
				List<Group<ExperienceLevel>> all = new ArrayList<>();
				for (ExperienceLevel level : ExperienceLevel.values()) {
					all.add(new Group<>(level, figures(rs, 1 + 2 * level.ordinal())));
				}
				return all;
			})
			.single();
	}

	/**
	 * The figures of each year that has records, oldest first.
	 */
	@Transactional(readOnly = true)
	public List<Group<Integer>> byYear(SalaryQuery query) {
		return kept("byYear", query, () -> computeByYear(query));
	}

	private List<Group<Integer>> computeByYear(SalaryQuery query) {
		Optional<int[]> range = years();
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
		List<String> columns = new ArrayList<>();
		for (int year = first; year <= last; year++) {
			columns.add(filtered("year = " + year));
		}
		return this.jdbc.sql("select " + String.join(", ", columns) + " from " + inAmountOrder(where))
			.params(where.params())
			.query((rs, n) -> {
				List<Group<Integer>> years = new ArrayList<>();
				for (int year = first; year <= last; year++) {
					Figures figures = figures(rs, 1 + 2 * (year - first));
					if (figures.count() > 0) {
						years.add(new Group<>(year, figures));
					}
				}
				return years;
			})
			.single();
	}

	/**
	 * The records of a query in amount order, as a subquery. {@code percentile_cont} sorts what it is given;
	 * given it in order (read from the amount-ordered indexes of migration V16), its sort only checks that, in
	 * one pass, where sorting the hundreds of thousands of records of a large group took most of the time.
	 * The figures are the same in any order.
	 */
	private static String inAmountOrder(Where where) {
		return "(select amount_usd, experience_level, year from salary_record where " + where.sql()
				+ " order by amount_usd) in_order";
	}

	/** The count and percentiles of the records that meet a condition, as two columns. */
	private static String filtered(String condition) {
		return "count(*) filter (where " + condition + "), " + PERCENTILE_SQL + " filter (where " + condition + ")";
	}

	/**
	 * Where a pay range sits among the approved records of a role type, level and country.
	 * @param low the percentile rank of the range’s low end, 0 to 100
	 * @param high the percentile rank of its high end
	 * @param count how many records the group has
	 */
	public record Position(int low, int high, long count) {
	}

	/**
	 * Where a yearly pay range in US dollars sits in its group: for each end, the share of the group’s records
	 * paid less ({@code percent_rank}). Empty when the group has fewer than {@value #MIN_RECORDS} records.
	 */
	@Transactional(readOnly = true)
	public Optional<Position> position(String roleType, ExperienceLevel level, String country, int minUsd,
			int maxUsd) {
		if (roleType == null || level == null || country == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select count(*), percent_rank(?) within group (order by amount_usd),
				  percent_rank(?) within group (order by amount_usd)
				from salary_record
				where status = 'APPROVED' and role_type = ? and experience_level = ? and employee_residence = ?
				""")
			.params(minUsd, maxUsd, roleType, level.name(), country)
			.query((rs, n) -> new Position((int) Math.round(rs.getDouble(2) * 100),
					(int) Math.round(rs.getDouble(3) * 100), rs.getLong(1)))
			.optional()
			.filter(position -> position.count() >= MIN_RECORDS);
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

	private static final String PERCENTILE_SQL = "percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by amount_usd)";

	private static Figures figures(ResultSet rs, int column) throws SQLException {
		long count = rs.getLong(column);
		Array array = rs.getArray(column + 1);
		if (count < MIN_RECORDS || array == null) {
			return new Figures(count, List.of());
		}
		List<Long> values = new ArrayList<>();
		for (Object value : (Object[]) array.getArray()) {
			values.add(Math.round(((Number) value).doubleValue()));
		}
		return new Figures(count, List.copyOf(values));
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
