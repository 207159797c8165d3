package ai.slope.salaries;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The rules that map job titles to role types, kept by admins, and the titles no rule maps yet. A title takes
 * the role type of the most specific rule that matches it: an exact rule, else the pattern with the most letters.
 * Every change of the rules maps the stored records again at once (and flags outliers anew, since the groups
 * changed), in the change’s transaction.
 */
@Service
public class TitleRules {

	/** What an admin chooses instead of a role type to mark titles as not AI roles. */
	public static final String OUT_OF_SCOPE = "out-of-scope";

	/** A pattern needs this many letters besides its stars, so that “*” alone cannot map every title. */
	static final int MIN_PATTERN_LETTERS = 3;

	private final JdbcClient jdbc;

	private final RoleTaxonomy roles;

	private final SalaryOutliers outliers;

	private final Clock clock;

	TitleRules(JdbcClient jdbc, RoleTaxonomy roles, SalaryOutliers outliers, Clock clock) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.outliers = outliers;
		this.clock = clock;
	}

	/**
	 * A title that no rule maps, with how many records have it.
	 */
	public record TitleCount(String title, long records) {
	}

	/**
	 * A page of unmapped titles, largest first.
	 * @param titles how many unmapped titles there are in all
	 * @param records how many records they hold in all
	 */
	public record UnmappedTitles(List<TitleCount> page, long titles, long records) {
	}

	/**
	 * A rule added and what it did.
	 * @param recordsChanged how many stored records took another role type (or scope) because of it
	 */
	public record Added(TitleRule rule, int recordsChanged) {
	}

	@Transactional(readOnly = true)
	public List<TitleRule> list() {
		return this.jdbc.sql("select id, kind, title, role_type, created_at from title_rule order by kind, lower(title)")
			.query((rs, n) -> new TitleRule(rs.getLong(1), TitleRule.Kind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<TitleRule> find(long id) {
		return list().stream().filter(rule -> rule.id() == id).findFirst();
	}

	/**
	 * The titles of records no rule maps and that are not out of scope, those with the most records first.
	 */
	@Transactional(readOnly = true)
	public UnmappedTitles unmapped(int offset, int limit) {
		List<TitleCount> page = this.jdbc.sql("""
				select job_title, count(*) from salary_record where role_type is null and not out_of_scope
				group by job_title order by count(*) desc, job_title limit ? offset ?
				""").params(limit, offset).query((rs, n) -> new TitleCount(rs.getString(1), rs.getLong(2))).list();
		Map<String, Object> totals = this.jdbc.sql("""
				select count(distinct job_title) as titles, count(*) as records from salary_record
				where role_type is null and not out_of_scope
				""").query().singleRow();
		return new UnmappedTitles(page, ((Number) totals.get("titles")).longValue(),
				((Number) totals.get("records")).longValue());
	}

	/**
	 * Adds a rule and maps the stored records with it.
	 * @param target a role type’s slug, or {@link #OUT_OF_SCOPE}
	 * @throws InvalidInputException when the title is empty or too long, a pattern has too few letters, the
	 * role type does not exist, or the same rule exists already
	 */
	@Transactional
	public Added add(Long adminId, String kind, String title, String target) {
		List<InputProblem> problems = new ArrayList<>();
		TitleRule.Kind parsedKind = null;
		try {
			parsedKind = TitleRule.Kind.valueOf(String.valueOf(kind));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new InputProblem("kind", "salaries.rules.error.kind", List.of()));
		}
		String cleaned = (title == null) ? "" : title.strip().replaceAll("\\s+", " ");
		if (cleaned.isEmpty() || cleaned.length() > SalaryInput.MAX_TITLE_LENGTH) {
			problems.add(new InputProblem("title", "salaries.rules.error.title",
					List.of(SalaryInput.MAX_TITLE_LENGTH)));
		}
		else if (parsedKind == TitleRule.Kind.PATTERN
				&& cleaned.replace("*", "").strip().length() < MIN_PATTERN_LETTERS) {
			problems.add(new InputProblem("title", "salaries.rules.error.pattern", List.of(MIN_PATTERN_LETTERS)));
		}
		String roleType = null;
		if (!OUT_OF_SCOPE.equals(target)) {
			if (target == null || this.roles.roleType(target).isEmpty()) {
				problems.add(new InputProblem("target", "salaries.rules.error.target", List.of()));
			}
			roleType = target;
		}
		if (problems.isEmpty() && this.jdbc.sql("select count(*) from title_rule where kind = ? and lower(title) = lower(?)")
			.params(parsedKind.name(), cleaned)
			.query(Long.class)
			.single() > 0) {
			problems.add(new InputProblem("title", "salaries.rules.error.exists", List.of(cleaned)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		long id = insert(adminId, parsedKind, cleaned, roleType);
		int changed = apply();
		return new Added(find(id).orElseThrow(), changed);
	}

	/**
	 * Removes a rule and maps the stored records without it.
	 * @return the rule removed and how many records took another role type (or scope)
	 * @throws SalaryNotFoundException when there is no such rule
	 */
	@Transactional
	public Added delete(long id) {
		TitleRule rule = find(id).orElseThrow(() -> new SalaryNotFoundException("title rule"));
		this.jdbc.sql("delete from title_rule where id = ?").param(id).update();
		return new Added(rule, apply());
	}

	/**
	 * Adds the default rules for common AI titles ({@code salaries/default-title-rules.csv}) that are not there
	 * yet, and maps the stored records with them.
	 * @return how many rules were added
	 */
	@Transactional
	public int addDefaults(Long adminId) {
		int added = 0;
		for (TitleRule rule : defaults()) {
			if (rule.roleType() != null && this.roles.roleType(rule.roleType()).isEmpty()) {
				continue;
			}
			added += this.jdbc.sql("""
					insert into title_rule (kind, title, role_type, created_by, created_at) values (?, ?, ?, ?, ?)
					on conflict do nothing
					""").params(rule.kind().name(), rule.title(), rule.roleType(), adminId,
					Timestamp.from(this.clock.instant())).update();
		}
		if (added > 0) {
			apply();
		}
		return added;
	}

	/**
	 * The default rules, as the file gives them.
	 */
	public List<TitleRule> defaults() {
		List<TitleRule> rules = new ArrayList<>();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("salaries/default-title-rules.csv").getInputStream(), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				String roleType = row.get("role_type").strip();
				rules.add(new TitleRule(0, TitleRule.Kind.valueOf(row.get("kind")), row.get("title").strip(),
						roleType.isEmpty() ? null : roleType, this.clock.instant()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

	/**
	 * What the rules say about titles, as they stand in this transaction.
	 */
	Resolver resolver() {
		return new Resolver(list());
	}

	/**
	 * Maps every stored record’s title with the current rules, then flags outliers anew.
	 * @return how many records took another role type or scope
	 */
	int apply() {
		Resolver resolver = resolver();
		List<Object[]> current = this.jdbc.sql("select distinct job_title, role_type, out_of_scope from salary_record")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getBoolean(3) })
			.list();
		int changed = 0;
		for (Object[] row : current) {
			String title = (String) row[0];
			Decision decision = resolver.decide(title);
			boolean same = java.util.Objects.equals(decision.roleType(), row[1])
					&& decision.outOfScope() == (Boolean) row[2];
			if (!same) {
				changed += this.jdbc.sql("""
						update salary_record set role_type = ?, out_of_scope = ?
						where job_title = ? and role_type is not distinct from ? and out_of_scope = ?
						""").params(decision.roleType(), decision.outOfScope(), title, row[1], row[2]).update();
			}
		}
		this.outliers.flag();
		return changed;
	}

	private long insert(Long adminId, TitleRule.Kind kind, String title, String roleType) {
		return this.jdbc.sql("""
				insert into title_rule (kind, title, role_type, created_by, created_at) values (?, ?, ?, ?, ?)
				returning id
				""").params(kind.name(), title, roleType, adminId, Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * A title’s role type, or that it is out of scope, or neither (unmapped).
	 */
	record Decision(String roleType, boolean outOfScope) {

		static final Decision UNMAPPED = new Decision(null, false);

	}

	/**
	 * The rules at one moment, deciding titles; each title is decided once and remembered (an import asks about
	 * the same few hundred titles tens of thousands of times).
	 */
	static final class Resolver {

		private final List<TitleRule> rules;

		private final Map<String, Decision> decided = new HashMap<>();

		Resolver(List<TitleRule> rules) {
			this.rules = rules.stream()
				.sorted(Comparator.comparingInt(TitleRule::specificity).reversed().thenComparingLong(TitleRule::id))
				.toList();
		}

		Decision decide(String title) {
			return this.decided.computeIfAbsent(TitleRule.normalise(title), normalised -> {
				for (TitleRule rule : this.rules) {
					if (rule.matches(normalised)) {
						return new Decision(rule.roleType(), rule.isOutOfScope());
					}
				}
				return Decision.UNMAPPED;
			});
		}

	}

}
