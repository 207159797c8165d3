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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
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

import ai.slope.jobs.search.FacetCounter;
import ai.slope.jobs.search.FacetCounts;
import ai.slope.jobs.search.PostingColumns;
import ai.slope.web.KeywordSyntax;

/**
 * Searches published, unexpired postings in the search index: keywords ranked by BM25 with title weighted
 * above skills, skills above company and company above description; filters; counts per filter value; and
 * a spelling correction when the keywords as typed find nothing. Results are read from the index alone,
 * without touching the database. On the Lucene backend the counts come from the {@link FacetCounter} and are kept
 * while the index is unchanged; on OpenSearch from aggregations in the page's own request ({@link OpenSearchCounts}),
 * kept for a few seconds only ({@code slope.search.opensearch.count-cache-seconds}), since another instance may
 * change the index at any time: the bound docs/search.md states.
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

	/** The windows a newest-first page is looked for in, before all postings. */
	private static final List<Integer> NEWEST_WINDOWS_DAYS = List.of(1, 7, 30);

	private final EntityManagerFactory entityManagerFactory;

	private final Clock clock;

	/** Totals and facet counts of recent searches; {@code null} when switched off. */
	private final Cache<CountsKey, FacetCounts> counts;

	/**
	 * On OpenSearch: totals and facet counts of recent searches, each kept for a few seconds; {@code null} when
	 * switched off or on Lucene. A page found with a kept total that it contradicts is counted anew.
	 */
	private final Cache<CountsKey, FacetCounts> recentCounts;

	/**
	 * Whole results of recent searches on Lucene (the page, its total and counts, any spelling correction), kept
	 * under the query with its page and order, the minute and the index's content, so a kept result is exactly
	 * what the search would find again; {@code null} when switched off or on OpenSearch.
	 */
	private final Cache<CountsKey, JobSearchResult> results;

	/** Postings kept beyond those asked for, to take the place of any that expire while the list is kept. */
	private static final int SIMILAR_SPARE = 3;

	/** The postings like recently shown postings ({@link #similarTo}); {@code null} when the counts are not kept. */
	private final Cache<SimilarKey, List<JobSummary>> similar;

	/** Counts on threads of their own, beside the request’s own. */
	private final ThreadPoolExecutor countingThreads;

	private final FacetCounter counter;

	private final SearchBackend backend;

	/** The analyser of the words searched for, set at the first search with keywords. */
	private volatile Analyzer queryAnalyzer;

	JobSearch(EntityManagerFactory entityManagerFactory, Clock clock,
			@Value("${slope.search.count-cache-size:2000}") int countCacheSize,
			@Value("${slope.search.count-threads:0}") int countThreads,
			@Value("${slope.search.result-cache-size:1000}") int resultCacheSize,
			@Value("${slope.search.backend:lucene}") String backend,
			@Value("${slope.search.opensearch.count-cache-seconds:10}") int openSearchCountSeconds) {
		this.entityManagerFactory = entityManagerFactory;
		this.clock = clock;
		this.backend = SearchBackend.of(backend);
		this.recentCounts = (this.backend == SearchBackend.OPENSEARCH && countCacheSize > 0 && openSearchCountSeconds > 0)
				? Caffeine.newBuilder()
					.maximumSize(countCacheSize)
					.expireAfterWrite(Duration.ofSeconds(openSearchCountSeconds))
					.build()
				: null;
		// the caches are keyed on the Lucene index's segments; an OpenSearch index may change through any instance
		countCacheSize = (this.backend == SearchBackend.LUCENE) ? countCacheSize : 0;
		this.counts = (countCacheSize > 0) ? Caffeine.newBuilder()
			.maximumSize(countCacheSize)
			.expireAfterWrite(Duration.ofMinutes(2))
			.build() : null;
		this.results = (this.backend == SearchBackend.LUCENE && resultCacheSize > 0) ? Caffeine.newBuilder()
			.maximumSize(resultCacheSize)
			.expireAfterWrite(Duration.ofMinutes(2))
			.build() : null;
		this.similar = (countCacheSize > 0) ? Caffeine.newBuilder()
			.maximumSize(countCacheSize)
			.expireAfterAccess(Duration.ofMinutes(10))
			.build() : null;
		// by default one core is left to the request's thread, which looks for the page meanwhile
		int parallelism = (countThreads > 0) ? countThreads
				: Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
		AtomicInteger threads = new AtomicInteger();
		// when every thread is busy and a thousand parts wait, the request counts its part itself
		this.countingThreads = new ThreadPoolExecutor(parallelism, parallelism, 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(1000),
				task -> {
					Thread thread = new Thread(task, "search-count-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
		this.counter = new FacetCounter(new PostingColumns(), this.countingThreads, parallelism);
	}

	@PreDestroy
	void stopCounting() {
		this.countingThreads.shutdownNow();
	}

	/**
	 * Runs the search and counts the postings for each filter value. On Lucene a result found in the last two
	 * minutes for the same query, in the same minute and on the same index content is answered again.
	 */
	public JobSearchResult search(JobQuery query) {
		Instant now = searchTime();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			if (this.results == null) {
				return search(session, query, now, null);
			}
			List<Object> generation = indexGeneration(session);
			CountsKey key = new CountsKey(query, now, generation);
			JobSearchResult kept = this.results.getIfPresent(key);
			if (kept != null) {
				return kept;
			}
			JobSearchResult found = search(session, query, now, generation);
			this.results.put(key, found);
			return found;
		}
	}

	/**
	 * The search as typed and, when it finds nothing, with the keywords' spelling corrected.
	 * @param generation the index's content as already read for this search, or {@code null}
	 */
	private JobSearchResult search(SearchSession session, JobQuery query, Instant now, List<Object> generation) {
		JobSearchResult result = run(session, query, now, generation);
		if (result.total() == 0 && query.keywords() != null) {
			Optional<String> corrected = correctSpelling(session, query.keywords());
			if (corrected.isPresent()) {
				JobSearchResult retried = run(session, query.withKeywords(corrected.get()), now, generation);
				if (retried.total() > 0) {
					return new JobSearchResult(retried.query(), retried.hits(), retried.total(), retried.facets(),
							query.keywords());
				}
			}
		}
		return result;
	}

	/**
	 * The number of live postings per role type slug.
	 */
	public Map<String, Long> countByRoleType() {
		Instant now = searchTime();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			if (this.backend == SearchBackend.OPENSEARCH) {
				FacetCounts recent = (this.recentCounts != null) ? this.recentCounts.getIfPresent(recentKey(JobQuery.all(), now))
						: null;
				return (recent != null) ? recent.facets().roleTypes() : roleTypeCountsOnOpenSearch(session, now);
			}
			CountsKey all = countsKey(session, JobQuery.all(), now, null);
			FacetCounts cached = (all != null) ? this.counts.getIfPresent(all) : null;
			if (cached != null) {
				return cached.facets().roleTypes();
			}
			try (IndexReader reader = session.scope(JobPosting.class).extension(LuceneExtension.get()).openIndexReader()) {
				return count(reader, JobQuery.all(), now).join().facets().roleTypes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
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
					.must(predicate(f, query, now))
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
	 * Live postings like the given one: the same role type, ranked by shared skills and title words. Kept while the
	 * index is unchanged (the search scores every live posting of the role type: at 100,000 postings it took tens of
	 * milliseconds, more than the rest of a job page); a posting that expires meanwhile is left out when the list
	 * is read, which is why a few more than asked for are kept.
	 */
	public List<JobSummary> similarTo(JobPosting posting, int count) {
		Instant now = searchTime();
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			if (this.similar == null) {
				return similarTo(session, posting, count, now);
			}
			return this.similar
				.get(new SimilarKey(posting.getId(), count, indexGeneration(session)),
						key -> similarTo(session, posting, count + SIMILAR_SPARE, now))
				.stream()
				.filter(job -> job.expiresAt().isAfter(now))
				.limit(count)
				.toList();
		}
	}

	private static List<JobSummary> similarTo(SearchSession session, JobPosting posting, int count, Instant now) {
		String likeText = String.join(" ", posting.getSkills()) + " " + posting.getTitle();
		return List.copyOf(session.search(JobPosting.class)
			.select(JobSummary.class)
			.where(f -> f.bool()
				.filter(f.range().field("expiresAt").greaterThan(now))
				.filter(f.match().field("roleType").matching(posting.getRoleTypeSlug()))
				.mustNot(f.id().matching(posting.getId()))
				.should(f.match().field(SKILLS).boost(2f).field(TITLE).matching(likeText)))
			.sort(f -> f.score().then().field("publishedAt").desc())
			.fetchHits(count));
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
	 * A search: its page from Hibernate Search and, at the same time on other threads, its total and counts
	 * from the {@link FacetCounter}; once the page is found, this thread helps count. The total and the counts
	 * are then kept for the minute (see {@link #counts}): when they are known, only the page is looked for.
	 */
	private JobSearchResult run(SearchSession session, JobQuery query, Instant now, List<Object> generation) {
		if (this.backend == SearchBackend.OPENSEARCH) {
			return runOnOpenSearch(session, query, now);
		}
		CountsKey key = countsKey(session, query, now, generation);
		FacetCounts known = (key != null) ? this.counts.getIfPresent(key) : null;
		if (known != null) {
			return new JobSearchResult(query, page(session, query, now), known.total(), known.facets(), null);
		}
		try (IndexReader reader = session.scope(JobPosting.class).extension(LuceneExtension.get()).openIndexReader()) {
			FacetCounter.Counting counting = count(reader, query, now);
			List<JobSummary> page;
			try {
				page = page(session, query, now);
			}
			catch (RuntimeException ex) {
				// the counting threads must be done with the reader before it is closed
				counting.abandon();
				throw ex;
			}
			FacetCounts found = counting.join();
			if (key != null) {
				this.counts.put(key, found);
			}
			return new JobSearchResult(query, page, found.total(), found.facets(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Starts counting a search’s total and counts over the reader.
	 */
	private FacetCounter.Counting count(IndexReader reader, JobQuery query, Instant now) throws IOException {
		BooleanQuery.Builder matching = new BooleanQuery.Builder();
		matching.add((query.keywords() != null) ? keywordQuery(query.keywords()) : new MatchAllDocsQuery(),
				BooleanClause.Occur.MUST);
		if (query.companySlug() != null) {
			matching.add(new TermQuery(new Term("companySlug", query.companySlug())), BooleanClause.Occur.FILTER);
		}
		return this.counter.count(reader, matching.build(), query, now);
	}

	/**
	 * The Lucene query for keywords in the search syntax, over the one {@link #TEXT} field, every word required
	 * unless the keywords say otherwise. The same query finds the page and counts the matches.
	 */
	Query keywordQuery(String keywords) {
		if (this.queryAnalyzer == null) {
			this.queryAnalyzer = Search.mapping(this.entityManagerFactory)
				.indexedEntity(JobPosting.class)
				.indexManager()
				.unwrap(LuceneIndexManager.class)
				.searchAnalyzer();
		}
		SimpleQueryParser parser = new SimpleQueryParser(this.queryAnalyzer, TEXT);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		return parser.parse(KeywordSyntax.toSimpleQuerySyntax(keywords));
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
				PredicateFinalStep predicate = predicate(f, query, now);
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
			// a job has no deadline: after every program
			case DEADLINE -> f.field("applicationDeadline").asc().missing().last().then().field("publishedAt").desc();
		};
	}

	/**
	 * What the counts of a search are kept under, or {@code null} when they are not kept: the query but for
	 * its page and order, the minute, and the index's content ({@code generation} when the search has read it
	 * already, else read now).
	 */
	private CountsKey countsKey(SearchSession session, JobQuery query, Instant now, List<Object> generation) {
		if (this.counts == null) {
			return null;
		}
		return new CountsKey(query.withPage(1, JobQuery.DEFAULT_SIZE).withSort(null), now,
				(generation != null) ? generation : indexGeneration(session));
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
	 * What counts depend on: the query but for its page and order, the minute, and the index content.
	 */
	record CountsKey(JobQuery query, Instant searchTime, List<Object> indexGeneration) {
	}

	/**
	 * What the postings like a posting depend on: the posting (whose change changes the index), how many, and the
	 * index content.
	 */
	record SimilarKey(long postingId, int count, List<Object> indexGeneration) {
	}

	/**
	 * The query's predicate: its keywords and every filter.
	 */
	private PredicateFinalStep predicate(SearchPredicateFactory f, JobQuery query, Instant now) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool().filter(f.range().field("expiresAt").greaterThan(now));
		bool = matching(f, bool, query);
		bool = filterAny(f, bool, "roleType", query.roleTypes());
		bool = filterAny(f, bool, "seniority", query.seniorities());
		bool = filterAny(f, bool, "employmentType", query.employmentTypes());
		bool = filterAny(f, bool, "remotePolicy", query.remotePolicies());
		bool = filterAny(f, bool, "country", query.countries());
		if (query.minSalaryUsd() != null) {
			bool = bool.filter(f.range().field("salaryMaxUsd").atLeast(query.minSalaryUsd()));
		}
		if (query.visaSponsorship()) {
			bool = bool.filter(f.match().field("visaSponsorship").matching(true));
		}
		if (query.postedWithinDays() != null) {
			bool = bool.filter(
					f.range().field("publishedAt").atLeast(now.minus(Duration.ofDays(query.postedWithinDays()))));
		}
		bool = filterAny(f, bool, "openingType", query.openingTypes());
		if (query.mentoring()) {
			bool = bool.filter(f.match().field("mentoring").matching(true));
		}
		if (query.noAiExperience()) {
			bool = bool.filter(f.match().field("aiExperienceRequired").matching(false));
		}
		return bool;
	}

	/** The keywords and the company: what the counts on OpenSearch count within. */
	private BooleanPredicateClausesStep<?, ?> matching(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
			JobQuery query) {
		if (query.keywords() != null) {
			bool = bool.must((this.backend == SearchBackend.LUCENE)
					? f.extension(LuceneExtension.get()).fromLuceneQuery(keywordQuery(query.keywords()))
					// the same syntax, parsed by OpenSearch with the field's search analyser, every word required
					: f.simpleQueryString()
						.field(TEXT)
						.matching(KeywordSyntax.toSimpleQuerySyntax(query.keywords()))
						.defaultOperator(BooleanOperator.AND));
		}
		if (query.companySlug() != null) {
			bool = bool.filter(f.match().field("companySlug").matching(query.companySlug()));
		}
		return bool;
	}

	/**
	 * A search on OpenSearch: the page, the total and every count in one request (see {@link OpenSearchCounts}). When
	 * the same search was counted in the last seconds ({@link #recentCounts}), only the page is looked for, as on
	 * Lucene (it may stop as soon as the page is certain), unless it contradicts the kept total.
	 */
	private JobSearchResult runOnOpenSearch(SearchSession session, JobQuery query, Instant now) {
		CountsKey key = (this.recentCounts != null) ? recentKey(query, now) : null;
		FacetCounts recent = (key != null) ? this.recentCounts.getIfPresent(key) : null;
		if (recent != null) {
			List<JobSummary> page = page(session, query, now);
			if (agrees(page, query, recent.total())) {
				return new JobSearchResult(query, page, recent.total(), recent.facets(), null);
			}
		}
		OpenSearchCounts counting = new OpenSearchCounts(query, now);
		ElasticsearchSearchResult<JobSummary> result = session.search(JobPosting.class)
			.extension(ElasticsearchExtension.get())
			.select(JobSummary.class)
			.where(f -> matching(f, f.bool().filter(f.range().field("expiresAt").greaterThan(now)), query))
			.sort(f -> sort(f, query))
			.requestTransformer(context -> counting.addTo(context.body()))
			.fetch(query.offset(), query.size());
		FacetCounts counted = new FacetCounts(result.total().hitCount(), OpenSearchCounts.facets(result.responseBody()));
		if (key != null) {
			this.recentCounts.put(key, counted);
		}
		return new JobSearchResult(query, result.hits(), counted.total(), counted.facets(), null);
	}

	/** What recent counts on OpenSearch are kept under: the query but for its page and order, and the minute. */
	private static CountsKey recentKey(JobQuery query, Instant now) {
		return new CountsKey(query.withPage(1, JobQuery.DEFAULT_SIZE).withSort(null), now, List.of());
	}

	/**
	 * Whether a page found now agrees with a total counted a few seconds earlier: a page that is not full ends the
	 * results, so the total is the postings before it and its own; a full page needs at least that many. A posting
	 * published or closed meanwhile that the page shows is so counted at once; one it does not show may be missing
	 * from the kept counts until they expire.
	 */
	static boolean agrees(List<?> page, JobQuery query, long total) {
		long seen = (long) query.offset() + page.size();
		return (page.size() < query.size()) ? total == seen : total >= seen;
	}

	private static Map<String, Long> roleTypeCountsOnOpenSearch(SearchSession session, Instant now) {
		ElasticsearchSearchResult<JobPosting> result = session.search(JobPosting.class)
			.extension(ElasticsearchExtension.get())
			.where(f -> f.range().field("expiresAt").greaterThan(now))
			.requestTransformer(context -> context.body().add("aggs", OpenSearchCounts.roleTypesOnly()))
			.fetch(0);
		return OpenSearchCounts.terms(result.responseBody().getAsJsonObject("aggregations"), "roleType");
	}

	private static BooleanPredicateClausesStep<?, ?> filterAny(SearchPredicateFactory f,
			BooleanPredicateClausesStep<?, ?> bool, String field, Collection<?> values) {
		if (values.isEmpty()) {
			return bool;
		}
		return bool.filter(f.terms().field(field).matchingAny(values));
	}

	/**
	 * Replaces each Latin word of three or more letters that the index does not know with the closest word
	 * it does know, if any.
	 */
	private Optional<String> correctSpelling(SearchSession session, String keywords) {
		if (this.backend == SearchBackend.OPENSEARCH) {
			return correctSpellingOnOpenSearch(session, keywords);
		}
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

	/**
	 * The spelling correction on OpenSearch: a word is known when a stemmed field holds it, as on Lucene; otherwise
	 * OpenSearch's term suggester, which runs Lucene's {@code DirectSpellChecker} with the same defaults (two edits,
	 * the first letter kept, words of four letters or more), proposes the closest word of the spelling fields.
	 */
	private static Optional<String> correctSpellingOnOpenSearch(SearchSession session, String keywords) {
		boolean changed = false;
		StringBuilder corrected = new StringBuilder();
		Matcher words = WORD.matcher(keywords);
		while (words.find()) {
			String word = words.group(1).toLowerCase(Locale.ROOT);
			String replacement = suggestionOnOpenSearch(session, word);
			words.appendReplacement(corrected, Matcher.quoteReplacement(replacement != null ? replacement : words.group(1)));
			changed |= replacement != null;
		}
		words.appendTail(corrected);
		return changed ? Optional.of(corrected.toString()) : Optional.empty();
	}

	private static String suggestionOnOpenSearch(SearchSession session, String word) {
		JsonArray known = new JsonArray();
		for (String field : KNOWN_WORD_FIELDS) {
			JsonObject term = new JsonObject();
			term.add(field, new com.google.gson.JsonPrimitive(word));
			JsonObject clause = new JsonObject();
			clause.add("term", term);
			known.add(clause);
		}
		JsonObject should = new JsonObject();
		should.add("should", known);
		JsonObject query = new JsonObject();
		query.add("bool", should);
		JsonObject suggest = new JsonObject();
		for (String field : SPELLING_FIELDS) {
			JsonObject term = new JsonObject();
			term.addProperty("field", field);
			term.addProperty("suggest_mode", "missing");
			term.addProperty("size", 1);
			JsonObject suggestion = new JsonObject();
			suggestion.addProperty("text", word);
			suggestion.add("term", term);
			suggest.add(field, suggestion);
		}
		ElasticsearchSearchResult<JobPosting> result = session.search(JobPosting.class)
			.extension(ElasticsearchExtension.get())
			.where(f -> f.fromJson(query))
			.requestTransformer(context -> context.body().add("suggest", suggest))
			.fetch(0);
		if (result.total().hitCount() > 0) {
			return null;
		}
		String best = null;
		double bestScore = -1;
		long bestFreq = -1;
		JsonObject suggestions = result.responseBody().getAsJsonObject("suggest");
		for (String field : SPELLING_FIELDS) {
			for (JsonElement entry : suggestions.getAsJsonArray(field)) {
				for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
					JsonObject o = option.getAsJsonObject();
					double score = o.get("score").getAsDouble();
					long freq = o.get("freq").getAsLong();
					if (score > bestScore || (score == bestScore && freq > bestFreq)) {
						best = o.get("text").getAsString();
						bestScore = score;
						bestFreq = freq;
					}
				}
			}
		}
		return best;
	}

	/** The closer word wins; between equally close words, the more frequent. */
	private static final Comparator<SuggestWord> BETTER = Comparator.comparingDouble((SuggestWord s) -> s.score)
		.thenComparingInt(s -> s.freq);

}
