package ai.slope.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import ai.slope.roles.Seniority;
import ai.slope.web.KeywordSyntax;

/**
 * Searches published, unexpired postings in the Lucene index: keywords ranked by BM25 with title weighted
 * above skills, skills above company and company above description; filters; counts per filter value; and
 * a spelling correction when the keywords as typed find nothing. Results are read from the index alone,
 * without touching the database.
 */
@Service
public class JobSearch {

	static final String TITLE = "title";

	/** All the texts of a posting in one field, weighted by repetition (see {@link JobPosting#getSearchText()}). */
	static final String TEXT = "text";

	static final String SKILLS = "skills";

	static final String DESCRIPTION = "description";

	/** Unstemmed words of titles and skills, where suggestions come from. */
	private static final List<String> SPELLING_FIELDS = List.of("spelling", "skillSpelling");

	/** Stemmed fields: a word found in any of them is known, and left alone. */
	private static final List<String> KNOWN_WORD_FIELDS = List.of(TITLE, SKILLS, DESCRIPTION, "spelling",
			"skillSpelling");

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}\"~-])([\\p{IsLatin}]{3,})(?![\\p{L}\\p{N}~*])");

	private static final AggregationKey<Map<String, Long>> ROLE_TYPES = AggregationKey.of("roleType");

	private static final AggregationKey<Map<Seniority, Long>> SENIORITIES = AggregationKey.of("seniority");

	private static final AggregationKey<Map<EmploymentType, Long>> EMPLOYMENT_TYPES = AggregationKey
		.of("employmentType");

	private static final AggregationKey<Map<RemotePolicy, Long>> REMOTE_POLICIES = AggregationKey.of("remotePolicy");

	private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("country");

	private static final AggregationKey<Map<Boolean, Long>> VISA = AggregationKey.of("visaSponsorship");

	private static final AggregationKey<Map<Range<Integer>, Long>> SALARY = AggregationKey.of("salaryMaxUsd");

	private static final AggregationKey<Map<Range<Instant>, Long>> POSTED = AggregationKey.of("publishedAt");

	/** The windows a newest-first page is looked for in, before all postings. */
	private static final List<Integer> NEWEST_WINDOWS_DAYS = List.of(1, 7, 30);

	/** The filter groups; each group's counts are taken without its own filter. */
	enum Group {

		ROLE_TYPE, SENIORITY, EMPLOYMENT_TYPE, REMOTE_POLICY, COUNTRY, SALARY, VISA, POSTED

	}

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	/** Totals and facet counts of recent searches; {@code null} when switched off. */
	private final Cache<CountsKey, Counts> counts;

	JobSearch(EntityManagerFactory entityManagerFactory, Optional<Clock> clock,
			@Value("${slope.search.count-cache-size:2000}") int countCacheSize) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock.orElse(Clock.systemUTC());
		this.counts = (countCacheSize > 0) ? Caffeine.newBuilder()
			.maximumSize(countCacheSize)
			.expireAfterWrite(Duration.ofMinutes(2))
			.build() : null;
	}

	/**
	 * Runs the search and counts the postings for each filter value.
	 */
	public JobSearchResult search(JobQuery query) {
		Instant now = searchTime();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			JobSearchResult result = run(session, query, now);
			if (result.total() == 0 && query.keywords() != null) {
				Optional<String> corrected = correctSpelling(session, query.keywords());
				if (corrected.isPresent()) {
					JobSearchResult retried = run(session, query.withKeywords(corrected.get()), now);
					if (retried.total() > 0) {
						return new JobSearchResult(retried.query(), retried.hits(), retried.total(), retried.facets(),
								query.keywords());
					}
				}
			}
			return result;
		}
	}

	/**
	 * The number of live postings per role type slug.
	 */
	public Map<String, Long> countByRoleType() {
		Instant now = searchTime();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			CountsKey all = countsKey(session, JobQuery.all(), now);
			Counts cached = (all != null) ? this.counts.getIfPresent(all) : null;
			if (cached != null) {
				return cached.facets().roleTypes();
			}
			SearchResult<Long> result = session.search(JobPosting.class)
				.select(f -> f.id(Long.class))
				.where(f -> f.range().field("expiresAt").greaterThan(now))
				.aggregation(ROLE_TYPES, f -> f.terms().field("roleType", String.class).maxTermCount(500))
				.fetch(0);
			return result.aggregation(ROLE_TYPES);
		}
	}

	/**
	 * The live postings that match a search and were published after {@code after} and no later than
	 * {@code until}, newest first: at most {@code max} of them, with how many there are in all. What an alert
	 * mails; the query's page, size and order are not used.
	 */
	public NewPostings publishedBetween(JobQuery query, Instant after, Instant until, int max) {
		Instant now = searchTime();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchResult<JobSummary> result = Search.session(entityManager)
				.search(JobPosting.class)
				.select(JobSummary.class)
				.where(f -> f.bool()
					.must(predicate(f, query, now, null))
					.filter(f.range()
						.field("publishedAt")
						.within(Range.between(after, RangeBoundInclusion.EXCLUDED, until, RangeBoundInclusion.INCLUDED))))
				.sort(f -> f.field("publishedAt").desc().then().score())
				.fetch(max);
			return new NewPostings(result.hits(), result.total().hitCount());
		}
	}

	/**
	 * The newest postings of {@link #publishedBetween} and how many there are in all.
	 */
	public record NewPostings(List<JobSummary> newest, long total) {
	}

	/**
	 * Live postings like the given one: the same role type, ranked by shared skills and title words.
	 */
	public List<JobSummary> similarTo(JobPosting posting, int count) {
		Instant now = searchTime();
		String likeText = String.join(" ", posting.getSkills()) + " " + posting.getTitle();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			return session.search(JobPosting.class)
				.select(JobSummary.class)
				.where(f -> f.bool()
					.filter(f.range().field("expiresAt").greaterThan(now))
					.filter(f.match().field("roleType").matching(posting.getRoleTypeSlug()))
					.mustNot(f.id().matching(posting.getId()))
					.should(f.match().field(SKILLS).boost(2f).field(TITLE).matching(likeText)))
				.sort(f -> f.score().then().field("publishedAt").desc())
				.fetchHits(count);
		}
	}

	/**
	 * The time searches compare expiry and publication times with: now, rounded up to the next minute. The
	 * filters on those times are then the same for a minute, so Lucene's query cache can reuse them instead
	 * of building them anew for every search; a posting leaves the results up to a minute before it expires.
	 */
	private Instant searchTime() {
		return this.clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
	}

	/**
	 * A search. The page, the total and the counts of the groups without a filter come from one pass over
	 * the matches; each group with a filter is counted in a pass of its own, without its filter. The total
	 * and the counts are then kept for the minute (see {@link #counts}): when they are known, only the page
	 * is looked for.
	 */
	private JobSearchResult run(SearchSession session, JobQuery query, Instant now) {
		CountsKey key = countsKey(session, query, now);
		Counts known = (key != null) ? this.counts.getIfPresent(key) : null;
		if (known != null) {
			return new JobSearchResult(query, page(session, query, now), known.total(), known.facets(), null);
		}
		SearchQueryOptionsStep<?, ?, JobSummary, ?, ?, ?> search = session.search(JobPosting.class)
			.select(JobSummary.class)
			.where(f -> predicate(f, query, now, null))
			.sort(f -> sort(f, query));
		List<Group> selected = selectedGroups(query);
		for (Group group : Group.values()) {
			if (!selected.contains(group)) {
				search = aggregate(search, group, now);
			}
		}
		SearchResult<JobSummary> result = search.fetch(query.offset(), query.size());
		Map<Group, Map<?, Long>> counts = new EnumMap<>(Group.class);
		for (Group group : Group.values()) {
			if (!selected.contains(group)) {
				counts.put(group, result.aggregation(key(group)));
			}
		}
		for (Group group : selected) {
			SearchResult<Long> groupResult = aggregate(session.search(JobPosting.class)
				.select(f -> f.id(Long.class))
				.where(f -> predicate(f, query, now, group)), group, now)
				.fetch(0);
			counts.put(group, groupResult.aggregation(key(group)));
		}
		Counts found = new Counts(result.total().hitCount(), facets(counts));
		if (key != null) {
			this.counts.put(key, found);
		}
		return new JobSearchResult(query, result.hits(), found.total(), found.facets(), null);
	}

	/**
	 * The page of results: ranked and sorted with every filter, with a total-hit threshold of one page so
	 * that Lucene may stop as soon as the page is certain (the total comes from the counts). Newest first,
	 * the page is looked for among the postings of the last day, then week, then month, before all of them:
	 * when a window holds enough matches, the newest of them are the newest of all, and a window is far
	 * cheaper to sort than a million postings.
	 */
	private List<JobSummary> page(SearchSession session, JobQuery query, Instant now) {
		int wanted = query.offset() + query.size();
		boolean byDate = query.sortOrder() == JobSort.NEWEST
				|| (query.sortOrder() == JobSort.RELEVANCE && query.keywords() == null);
		if (byDate) {
			for (int days : NEWEST_WINDOWS_DAYS) {
				if (query.postedWithinDays() != null && query.postedWithinDays() <= days) {
					break;
				}
				SearchResult<JobSummary> window = pageQuery(session, query, now, now.minus(Duration.ofDays(days)))
					.fetch(query.offset(), query.size());
				if (window.total().hitCountLowerBound() >= wanted) {
					return window.hits();
				}
			}
		}
		return pageQuery(session, query, now, null).fetchHits(query.offset(), query.size());
	}

	private SearchQueryOptionsStep<?, ?, JobSummary, ?, ?, ?> pageQuery(SearchSession session, JobQuery query,
			Instant now, Instant publishedSince) {
		return session.search(JobPosting.class)
			.select(JobSummary.class)
			.where(f -> {
				PredicateFinalStep predicate = predicate(f, query, now, null);
				return (publishedSince == null) ? predicate
						: f.bool().must(predicate).filter(f.range().field("publishedAt").atLeast(publishedSince));
			})
			.sort(f -> sort(f, query))
			.totalHitCountThreshold(query.offset() + query.size());
	}

	private static SortFinalStep sort(SearchSortFactory f, JobQuery query) {
		return switch (query.sortOrder()) {
			case RELEVANCE -> f.score().then().field("publishedAt").desc();
			case NEWEST -> f.field("publishedAt").desc().then().score();
			case SALARY -> f.field("salaryMaxUsd").desc().then().field("publishedAt").desc();
		};
	}

	/**
	 * What the counts of a search are kept under, or {@code null} when they are not kept: the query but for
	 * its page and order, the minute, and the index's content.
	 */
	private CountsKey countsKey(SearchSession session, JobQuery query, Instant now) {
		if (this.counts == null) {
			return null;
		}
		return new CountsKey(query.withPage(1, JobQuery.DEFAULT_SIZE).withSort(null), now, indexGeneration(session));
	}

	/**
	 * What identifies the index's content as searches see it: the segments and their deletions. It changes
	 * with every change that searches can see.
	 */
	private static List<Object> indexGeneration(SearchSession session) {
		try (IndexReader reader = session.scope(JobPosting.class).extension(LuceneExtension.get()).openIndexReader()) {
			List<Object> generation = new ArrayList<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				generation.add(leaf.reader().getReaderCacheHelper().getKey());
			}
			return generation;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A search's total and facet counts.
	 */
	record Counts(long total, Facets facets) {
	}

	/**
	 * What counts depend on: the query but for its page and order, the minute, and the index content.
	 */
	record CountsKey(JobQuery query, Instant searchTime, List<Object> indexGeneration) {
	}

	@SuppressWarnings("unchecked")
	private static Facets facets(Map<Group, Map<?, Long>> counts) {
		Map<Range<Instant>, Long> posted = (Map<Range<Instant>, Long>) counts.get(Group.POSTED);
		Map<Integer, Long> postedCounts = new LinkedHashMap<>();
		int i = 0;
		for (Long count : posted.values()) {
			postedCounts.put(Facets.POSTED_WITHIN_DAYS.get(i++), count);
		}
		Map<Integer, Long> salaryCounts = new LinkedHashMap<>();
		i = 0;
		for (Long count : ((Map<Range<Integer>, Long>) counts.get(Group.SALARY)).values()) {
			salaryCounts.put(Facets.SALARY_THRESHOLDS.get(i++), count);
		}
		Map<Boolean, Long> visa = (Map<Boolean, Long>) counts.get(Group.VISA);
		return new Facets((Map<String, Long>) counts.get(Group.ROLE_TYPE),
				(Map<Seniority, Long>) counts.get(Group.SENIORITY),
				(Map<EmploymentType, Long>) counts.get(Group.EMPLOYMENT_TYPE),
				(Map<RemotePolicy, Long>) counts.get(Group.REMOTE_POLICY),
				(Map<String, Long>) counts.get(Group.COUNTRY), salaryCounts, visa.getOrDefault(Boolean.TRUE, 0L),
				postedCounts);
	}

	private static AggregationKey<? extends Map<?, Long>> key(Group group) {
		return switch (group) {
			case ROLE_TYPE -> ROLE_TYPES;
			case SENIORITY -> SENIORITIES;
			case EMPLOYMENT_TYPE -> EMPLOYMENT_TYPES;
			case REMOTE_POLICY -> REMOTE_POLICIES;
			case COUNTRY -> COUNTRIES;
			case SALARY -> SALARY;
			case VISA -> VISA;
			case POSTED -> POSTED;
		};
	}

	private static <H> SearchQueryOptionsStep<?, ?, H, ?, ?, ?> aggregate(SearchQueryOptionsStep<?, ?, H, ?, ?, ?> search,
			Group group, Instant now) {
		return switch (group) {
			case ROLE_TYPE -> search.aggregation(ROLE_TYPES,
					f -> f.terms().field("roleType", String.class).maxTermCount(500));
			case SENIORITY -> search.aggregation(SENIORITIES,
					f -> f.terms().field("seniority", Seniority.class).orderByTermAscending());
			case EMPLOYMENT_TYPE -> search.aggregation(EMPLOYMENT_TYPES,
					f -> f.terms().field("employmentType", EmploymentType.class));
			case REMOTE_POLICY -> search.aggregation(REMOTE_POLICIES,
					f -> f.terms().field("remotePolicy", RemotePolicy.class));
			case COUNTRY -> search.aggregation(COUNTRIES, f -> f.terms().field("country", String.class).maxTermCount(300));
			case VISA -> search.aggregation(VISA, f -> f.terms().field("visaSponsorship", Boolean.class));
			case SALARY -> search.aggregation(SALARY, f -> f.range()
				.field("salaryMaxUsd", Integer.class)
				.ranges(Facets.SALARY_THRESHOLDS.stream().map(Range::atLeast).toList()));
			case POSTED -> search.aggregation(POSTED, f -> f.range()
				.field("publishedAt", Instant.class)
				.ranges(Facets.POSTED_WITHIN_DAYS.stream()
					.map(days -> Range.atLeast(now.minus(Duration.ofDays(days))))
					.toList()));
		};
	}

	private static List<Group> selectedGroups(JobQuery query) {
		List<Group> groups = new ArrayList<>();
		if (!query.roleTypes().isEmpty()) {
			groups.add(Group.ROLE_TYPE);
		}
		if (!query.seniorities().isEmpty()) {
			groups.add(Group.SENIORITY);
		}
		if (!query.employmentTypes().isEmpty()) {
			groups.add(Group.EMPLOYMENT_TYPE);
		}
		if (!query.remotePolicies().isEmpty()) {
			groups.add(Group.REMOTE_POLICY);
		}
		if (!query.countries().isEmpty()) {
			groups.add(Group.COUNTRY);
		}
		if (query.minSalaryUsd() != null) {
			groups.add(Group.SALARY);
		}
		if (query.visaSponsorship()) {
			groups.add(Group.VISA);
		}
		if (query.postedWithinDays() != null) {
			groups.add(Group.POSTED);
		}
		return groups;
	}

	/**
	 * The query's predicate, leaving out the filter of {@code without} (for counting that group).
	 */
	private static PredicateFinalStep predicate(SearchPredicateFactory f, JobQuery query, Instant now, Group without) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool().filter(f.range().field("expiresAt").greaterThan(now));
		if (query.keywords() != null) {
			bool = bool.must(f.simpleQueryString()
				.field(TEXT)
				.matching(KeywordSyntax.toSimpleQuerySyntax(query.keywords()))
				.defaultOperator(BooleanOperator.AND));
		}
		if (query.companySlug() != null) {
			bool = bool.filter(f.match().field("companySlug").matching(query.companySlug()));
		}
		bool = filterAny(f, bool, without != Group.ROLE_TYPE, "roleType", query.roleTypes());
		bool = filterAny(f, bool, without != Group.SENIORITY, "seniority", query.seniorities());
		bool = filterAny(f, bool, without != Group.EMPLOYMENT_TYPE, "employmentType", query.employmentTypes());
		bool = filterAny(f, bool, without != Group.REMOTE_POLICY, "remotePolicy", query.remotePolicies());
		bool = filterAny(f, bool, without != Group.COUNTRY, "country", query.countries());
		if (without != Group.SALARY && query.minSalaryUsd() != null) {
			bool = bool.filter(f.range().field("salaryMaxUsd").atLeast(query.minSalaryUsd()));
		}
		if (without != Group.VISA && query.visaSponsorship()) {
			bool = bool.filter(f.match().field("visaSponsorship").matching(true));
		}
		if (without != Group.POSTED && query.postedWithinDays() != null) {
			bool = bool.filter(
					f.range().field("publishedAt").atLeast(now.minus(Duration.ofDays(query.postedWithinDays()))));
		}
		return bool;
	}

	private static BooleanPredicateClausesStep<?, ?> filterAny(SearchPredicateFactory f,
			BooleanPredicateClausesStep<?, ?> bool, boolean apply, String field, Collection<?> values) {
		if (!apply || values.isEmpty()) {
			return bool;
		}
		return bool.filter(f.terms().field(field).matchingAny(values));
	}

	/**
	 * Replaces each Latin word of three or more letters that the index does not know with the closest word
	 * it does know, if any.
	 */
	private static Optional<String> correctSpelling(SearchSession session, String keywords) {
		DirectSpellChecker checker = new DirectSpellChecker();
		try (IndexReader reader = session.scope(JobPosting.class).extension(LuceneExtension.get()).openIndexReader()) {
			boolean changed = false;
			StringBuilder corrected = new StringBuilder();
			Matcher words = WORD.matcher(keywords);
			while (words.find()) {
				String word = words.group(1).toLowerCase(Locale.ROOT);
				String replacement = suggestion(checker, reader, word);
				words.appendReplacement(corrected, Matcher.quoteReplacement(replacement != null ? replacement : words.group(1)));
				changed |= replacement != null;
			}
			words.appendTail(corrected);
			return changed ? Optional.of(corrected.toString()) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String suggestion(DirectSpellChecker checker, IndexReader reader, String word) throws IOException {
		for (String field : KNOWN_WORD_FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return null;
			}
		}
		SuggestWord best = null;
		for (String field : SPELLING_FIELDS) {
			SuggestWord[] suggestions = checker.suggestSimilar(new Term(field, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			if (suggestions.length > 0 && (best == null || BETTER.compare(suggestions[0], best) > 0)) {
				best = suggestions[0];
			}
		}
		return (best != null) ? best.string : null;
	}

	/** The closer word wins; between equally close words, the more frequent. */
	private static final Comparator<SuggestWord> BETTER = Comparator.comparingDouble((SuggestWord s) -> s.score)
		.thenComparingInt(s -> s.freq);

}
