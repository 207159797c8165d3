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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;

/**
 * Searches published, unexpired postings in the Lucene index: keywords ranked by BM25 with title weighted
 * above skills, skills above company and company above description; filters; counts per filter value; and
 * a spelling correction when the keywords as typed find nothing. Results are read from the index alone,
 * without touching the database.
 */
@Service
public class JobSearch {

	static final String TITLE = "title";

	static final String SKILLS = "skills";

	static final String COMPANY = "companyName";

	static final String CITY = "city";

	static final String DESCRIPTION = "description";

	/** Unstemmed words of titles and skills, where suggestions come from. */
	private static final List<String> SPELLING_FIELDS = List.of("spelling", "skillSpelling");

	/** Stemmed fields: a word found in any of them is known, and left alone. */
	private static final List<String> KNOWN_WORD_FIELDS = List.of(TITLE, SKILLS, DESCRIPTION, "spelling",
			"skillSpelling");

	private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}\"~-])([\\p{IsLatin}]{3,})(?![\\p{L}\\p{N}~*])");

	private static final Pattern QUOTED_OR_PLAIN = Pattern.compile("\"[^\"]*\"?|[^\"]+");

	private static final AggregationKey<Map<String, Long>> ROLE_TYPES = AggregationKey.of("roleType");

	private static final AggregationKey<Map<Seniority, Long>> SENIORITIES = AggregationKey.of("seniority");

	private static final AggregationKey<Map<EmploymentType, Long>> EMPLOYMENT_TYPES = AggregationKey
		.of("employmentType");

	private static final AggregationKey<Map<RemotePolicy, Long>> REMOTE_POLICIES = AggregationKey.of("remotePolicy");

	private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("country");

	private static final AggregationKey<Map<Boolean, Long>> VISA = AggregationKey.of("visaSponsorship");

	private static final AggregationKey<Map<Range<Integer>, Long>> SALARY = AggregationKey.of("salaryMaxUsd");

	private static final AggregationKey<Map<Range<Instant>, Long>> POSTED = AggregationKey.of("publishedAt");

	private static final AggregationKey<Map<Long, Long>> FACET_KEYS = AggregationKey.of("facetKey");

	/** The windows a newest-first page is looked for in, before all postings. */
	private static final List<Integer> NEWEST_WINDOWS_DAYS = List.of(1, 7, 30);

	/** The filter groups; each group's counts are taken without its own filter. */
	enum Group {

		ROLE_TYPE, SENIORITY, EMPLOYMENT_TYPE, REMOTE_POLICY, COUNTRY, SALARY, VISA, POSTED

	}

	private final EntityManagerFactory entityManagerFactory;

	private final RoleTaxonomy taxonomy;

	private final Clock clock;

	/** Totals and facet counts of recent searches; {@code null} when switched off. */
	private final Cache<CountsKey, Counts> counts;

	private volatile Map<Long, String> roleTypeSlugs;

	JobSearch(EntityManagerFactory entityManagerFactory, RoleTaxonomy taxonomy, Optional<Clock> clock,
			@Value("${slope.search.count-cache-size:2000}") int countCacheSize) {
		this.entityManagerFactory = entityManagerFactory;
		this.taxonomy = taxonomy;
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
			return counts(Search.session(entityManager), JobQuery.all(), now).facets().roleTypes();
		}
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

	private JobSearchResult run(SearchSession session, JobQuery query, Instant now) {
		List<JobSummary> hits = page(session, query, now);
		Counts counts = counts(session, query, now);
		return new JobSearchResult(query, hits, counts.total(), counts.facets(), null);
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
				PredicateFinalStep predicate = predicate(f, query, now, Set.of(), true);
				return (publishedSince == null) ? predicate
						: f.bool().must(predicate).filter(f.range().field("publishedAt").atLeast(publishedSince));
			})
			.sort(f -> switch (query.sortOrder()) {
				case RELEVANCE -> f.score().then().field("publishedAt").desc();
				case NEWEST -> f.field("publishedAt").desc().then().score();
				case SALARY -> f.field("salaryMaxUsd").desc().then().field("publishedAt").desc();
			})
			.totalHitCountThreshold(query.offset() + query.size());
	}

	/**
	 * The total and the facet counts, from the cache when the same counts were taken on the same index in the
	 * same minute.
	 */
	private Counts counts(SearchSession session, JobQuery query, Instant now) {
		if (this.counts == null) {
			return countNow(session, query, now);
		}
		CountsKey key = new CountsKey(query.withPage(1, JobQuery.DEFAULT_SIZE).withSort(null), now,
				indexGeneration(session));
		return this.counts.get(key, k -> countNow(session, query, now));
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
	 * Counts in as few passes as the filters allow. One pass, without the filters of the packed groups,
	 * counts the distinct {@link FacetKey}s; each key says which of those filters its postings pass, so the
	 * total and all the packed groups' counts follow from it. Country and publication date have their own
	 * aggregations, in that pass when no packed filter is set, or in one more pass otherwise.
	 */
	private Counts countNow(SearchSession session, JobQuery query, Instant now) {
		Set<Group> packed = packedGroups(query);
		List<Group> selected = selectedGroups(query);
		boolean packedFilterSet = selected.stream().anyMatch(packed::contains);
		Map<Group, Map<?, Long>> counts = new EnumMap<>(Group.class);
		List<Group> separate = new ArrayList<>();
		SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> keyPass = session.search(JobPosting.class)
			.select(f -> f.id(Long.class))
			.where(f -> predicate(f, query, now, packed, false))
			.aggregation(FACET_KEYS, f -> f.terms().field("facetKey", Long.class).maxTermCount(Integer.MAX_VALUE));
		List<Group> inKeyPass = new ArrayList<>();
		for (Group group : Group.values()) {
			if (packed.contains(group)) {
				continue;
			}
			if (!packedFilterSet && !selected.contains(group)) {
				keyPass = aggregate(keyPass, group, now);
				inKeyPass.add(group);
			}
			else {
				separate.add(group);
			}
		}
		SearchResult<Long> keyResult = keyPass.totalHitCountThreshold(0).fetch(0);
		for (Group group : inKeyPass) {
			counts.put(group, keyResult.aggregation(key(group)));
		}
		PackedCounts packedCounts = new PackedCounts(query, packed, roleTypeIds());
		keyResult.aggregation(FACET_KEYS).forEach(packedCounts::add);
		packedCounts.putInto(counts, this::roleTypeSlug);
		// the groups counted apart: those not selected share one pass with every filter, each selected one
		// has a pass without its own filter
		List<Group> unselected = separate.stream().filter(group -> !selected.contains(group)).toList();
		if (!unselected.isEmpty()) {
			SearchQueryOptionsStep<?, ?, Long, ?, ?, ?> pass = session.search(JobPosting.class)
				.select(f -> f.id(Long.class))
				.where(f -> predicate(f, query, now, Set.of(), false));
			for (Group group : unselected) {
				pass = aggregate(pass, group, now);
			}
			SearchResult<Long> result = pass.totalHitCountThreshold(0).fetch(0);
			for (Group group : unselected) {
				counts.put(group, result.aggregation(key(group)));
			}
		}
		for (Group group : separate) {
			if (selected.contains(group)) {
				SearchResult<Long> result = aggregate(session.search(JobPosting.class)
					.select(f -> f.id(Long.class))
					.where(f -> predicate(f, query, now, Set.of(group), false)), group, now)
					.totalHitCountThreshold(0)
					.fetch(0);
				counts.put(group, result.aggregation(key(group)));
			}
		}
		return new Counts(packedCounts.total(), facets(counts));
	}

	/**
	 * The groups whose filters can be checked on a {@link FacetKey}: all those it packs, but the salary only
	 * when its minimum is one of the thresholds (the key knows the band, not the amount).
	 */
	private static Set<Group> packedGroups(JobQuery query) {
		Set<Group> packed = EnumSet.of(Group.ROLE_TYPE, Group.SENIORITY, Group.EMPLOYMENT_TYPE, Group.REMOTE_POLICY,
				Group.VISA, Group.SALARY);
		if (query.minSalaryUsd() != null && !Facets.SALARY_THRESHOLDS.contains(query.minSalaryUsd())) {
			packed.remove(Group.SALARY);
		}
		return packed;
	}

	private Map<String, Long> roleTypeIds() {
		Map<String, Long> ids = new HashMap<>();
		this.roleTypeSlugs().forEach((id, slug) -> ids.put(slug, id));
		return ids;
	}

	private String roleTypeSlug(long id) {
		String slug = roleTypeSlugs().get(id);
		if (slug == null) {
			// a role type added since the map was read
			this.roleTypeSlugs = null;
			slug = roleTypeSlugs().getOrDefault(id, "unknown-" + id);
		}
		return slug;
	}

	private Map<Long, String> roleTypeSlugs() {
		Map<Long, String> slugs = this.roleTypeSlugs;
		if (slugs == null) {
			slugs = new HashMap<>();
			for (RoleType roleType : this.taxonomy.roleTypes()) {
				slugs.put(roleType.getId(), roleType.getSlug());
			}
			this.roleTypeSlugs = Map.copyOf(slugs);
		}
		return slugs;
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
		Map<Integer, Long> salaryCounts;
		if (counts.get(Group.SALARY).keySet().stream().allMatch(Integer.class::isInstance)) {
			salaryCounts = (Map<Integer, Long>) counts.get(Group.SALARY);
		}
		else {
			salaryCounts = new LinkedHashMap<>();
			i = 0;
			for (Long count : ((Map<Range<Integer>, Long>) counts.get(Group.SALARY)).values()) {
				salaryCounts.put(Facets.SALARY_THRESHOLDS.get(i++), count);
			}
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
	 * The query's predicate, leaving out the filters of the groups {@code without}; the keywords rank the
	 * results, or only filter them when counting.
	 */
	private static PredicateFinalStep predicate(SearchPredicateFactory f, JobQuery query, Instant now,
			Set<Group> without, boolean rankKeywords) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool().filter(f.range().field("expiresAt").greaterThan(now));
		if (query.keywords() != null) {
			PredicateFinalStep keywords = f.simpleQueryString()
				.field(TITLE)
				.boost(4f)
				.field(SKILLS)
				.boost(3f)
				.field(COMPANY)
				.boost(2f)
				.field(CITY)
				.boost(1.5f)
				.field(DESCRIPTION)
				.matching(toSimpleQuerySyntax(query.keywords()))
				.defaultOperator(BooleanOperator.AND);
			bool = rankKeywords ? bool.must(keywords) : bool.filter(keywords);
		}
		if (query.companySlug() != null) {
			bool = bool.filter(f.match().field("companySlug").matching(query.companySlug()));
		}
		bool = filterAny(f, bool, !without.contains(Group.ROLE_TYPE), "roleType", query.roleTypes());
		bool = filterAny(f, bool, !without.contains(Group.SENIORITY), "seniority", query.seniorities());
		bool = filterAny(f, bool, !without.contains(Group.EMPLOYMENT_TYPE), "employmentType", query.employmentTypes());
		bool = filterAny(f, bool, !without.contains(Group.REMOTE_POLICY), "remotePolicy", query.remotePolicies());
		bool = filterAny(f, bool, !without.contains(Group.COUNTRY), "country", query.countries());
		if (!without.contains(Group.SALARY) && query.minSalaryUsd() != null) {
			bool = bool.filter(f.range().field("salaryMaxUsd").atLeast(query.minSalaryUsd()));
		}
		if (!without.contains(Group.VISA) && query.visaSponsorship()) {
			bool = bool.filter(f.match().field("visaSponsorship").matching(true));
		}
		if (!without.contains(Group.POSTED) && query.postedWithinDays() != null) {
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
	 * Turns the operators people type (OR, AND, NOT) into Lucene's simple query syntax (|, +, -), leaving
	 * quoted phrases as they are.
	 */
	static String toSimpleQuerySyntax(String keywords) {
		StringBuilder out = new StringBuilder();
		Matcher parts = QUOTED_OR_PLAIN.matcher(keywords);
		while (parts.find()) {
			String part = parts.group();
			if (part.startsWith("\"")) {
				out.append(part.endsWith("\"") && part.length() > 1 ? part : part + "\"");
			}
			else {
				out.append(part.replaceAll("(?<=\\s|^)OR(?=\\s|$)", "|")
					.replaceAll("(?<=\\s|^)AND(?=\\s|$)", "+")
					.replaceAll("(?<=\\s|^)NOT\\s+", "-"));
			}
		}
		return out.toString();
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
