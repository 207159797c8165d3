package ai.slope.candidates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.analysis.Analyzer;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryStringPredicateFieldMoreStep;
import org.apache.lucene.document.FeatureField;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.candidates.CandidateRanking.TextField;
import ai.slope.candidates.search.SignalFeatureBinder;
import ai.slope.companies.Company;
import ai.slope.companies.CompanyMemberships;
import ai.slope.jobs.PostingView;
import ai.slope.jobs.Postings;
import ai.slope.jobs.TextAnalyzers;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.web.KeywordSyntax;
import ai.slope.web.SkillTags;

/**
 * The recruiter search service: finds discoverable profiles in the Lucene index, ranks them as
 * {@link CandidateRanking} says, and explains each result. Only recruiters of verified companies may search; a
 * profile whose owner has not made it discoverable is never in the index, and leaves it as soon as they turn
 * discoverability off.
 */
@Service
public class CandidateSearch {

	@PersistenceContext
	private EntityManager entityManager;

	private final CompanyMemberships memberships;

	private final Postings postings;

	private final Accounts accounts;

	private final CandidateIndex index;

	private final RoleTaxonomy roles;

	CandidateSearch(CompanyMemberships memberships, Postings postings, Accounts accounts, CandidateIndex index,
			RoleTaxonomy roles) {
		this.roles = roles;
		this.memberships = memberships;
		this.postings = postings;
		this.accounts = accounts;
		this.index = index;
	}

	/**
	 * The recruiter's company, which may search.
	 * @throws CandidateSearchRefusedException when they have no company or it is not verified
	 */
	@Transactional(readOnly = true)
	public Company searchingCompany(long recruiterId) {
		Company company = this.memberships.activeCompanyOf(recruiterId)
			.orElseThrow(() -> new CandidateSearchRefusedException(CandidateSearchRefusedException.Reason.NO_COMPANY));
		if (!company.isVerified()) {
			throw new CandidateSearchRefusedException(CandidateSearchRefusedException.Reason.UNVERIFIED);
		}
		return company;
	}

	/**
	 * Searches discoverable profiles.
	 * @throws CandidateSearchRefusedException as {@link #searchingCompany}
	 */
	@Transactional(readOnly = true)
	public CandidateSearchResult search(long recruiterId, CandidateQuery query) {
		searchingCompany(recruiterId);
		SearchSession session = Search.session(this.entityManager);
		SearchResult<Scored> page = session.search(CandidateProfile.class)
			.select(f -> f.composite().from(f.entity(CandidateProfile.class), f.score()).as(Scored::new))
			.where(f -> ranked(f, query, matching(f, query)))
			.totalHitCountThreshold(query.offset() + query.size())
			.fetch(query.offset(), query.size());
		long total = page.total().isHitCountExact() ? page.total().hitCount()
				: session.search(CandidateProfile.class).where(f -> matching(f, query)).fetchTotalHitCount();
		Set<String> must = tags(query.mustSkills());
		List<Term> terms = (query.keywords() != null) ? terms(KeywordSyntax.positiveTerms(query.keywords())) : List.of();
		return new CandidateSearchResult(query,
				hits(page.hits(), profile -> explain(profile, terms, must, query, null, null, false)), total);
	}

	/**
	 * The recruiter's posting, which candidates are matched to.
	 * @throws CandidateSearchRefusedException as {@link #searchingCompany}
	 * @throws ai.slope.jobs.PostingNotFoundException when it is not a posting of their company
	 */
	@Transactional(readOnly = true)
	public PostingView posting(long recruiterId, long postingId) {
		Company company = searchingCompany(recruiterId);
		return this.postings.viewOfCompany(company.getId(), postingId);
	}

	/**
	 * Discoverable profiles ranked against one of the recruiter's postings: its role type, seniority, skills
	 * (nice to have) and the words of its title, with research signals as for any search; for a research role type
	 * ({@link CandidateRanking#isResearchRole}) top-venue papers, first authorship, achievements and growth weigh more
	 * ({@link CandidateRanking#RESEARCH_TIERS}). A profile must match at least one of the role type, a skill or a title
	 * word. The query's filters apply as well; its keywords and skills are replaced by the posting's.
	 * @throws CandidateSearchRefusedException as {@link #searchingCompany}
	 * @throws ai.slope.jobs.PostingNotFoundException as {@link #posting}
	 */
	@Transactional(readOnly = true)
	public CandidateSearchResult matchPosting(long recruiterId, long postingId, CandidateQuery filters) {
		PostingView posting = posting(recruiterId, postingId);
		List<String> skills = SkillTags.distinct(posting.skills());
		CandidateQuery query = new CandidateQuery(null, List.of(), skills, filters.roleTypeIds(),
				filters.seniorities(), filters.minYears(), filters.maxYears(), filters.countries(),
				filters.openToRemote(), filters.openToRelocation(), filters.minPublications(), filters.minCitations(),
				filters.minHIndex(), filters.links(), filters.maxSalaryUsd(), filters.page(), filters.size(),
				filters.achievementKinds(), filters.openSourceMaintainer(), filters.minGrowthRate(),
				filters.topVenuePapers());
		long roleTypeId = posting.roleTypeId();
		boolean research = isResearchRole(roleTypeId);
		String title = posting.title();
		SearchSession session = Search.session(this.entityManager);
		Function<SearchPredicateFactory, PredicateFinalStep> matching = f -> {
			BooleanPredicateClausesStep<?, ?> anyOf = f.bool()
				.should(f.match().field("roleType").matching(roleTypeId).constantScore()
					.boost(CandidateRanking.POSTING_ROLE_TYPE))
				.should(textMatch(f, title, CandidateRanking.POSTING_TITLE));
			for (String skill : skills) {
				anyOf = anyOf.should(niceSkill(f, skill, skills.size()));
			}
			return filters(f, query, f.bool()).must(anyOf);
		};
		SearchResult<Scored> page = session.search(CandidateProfile.class)
			.select(f -> f.composite().from(f.entity(CandidateProfile.class), f.score()).as(Scored::new))
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> ranked = signals(f, f.bool()
					.must(matching.apply(f))
					.should(f.match().field("seniority").matching(posting.seniority()).constantScore()
						.boost(CandidateRanking.POSTING_SENIORITY)));
				return research ? feature(f, ranked, "researchSignals") : ranked;
			})
			.totalHitCountThreshold(query.offset() + query.size())
			.fetch(query.offset(), query.size());
		long total = page.total().isHitCountExact() ? page.total().hitCount()
				: session.search(CandidateProfile.class).where(matching::apply).fetchTotalHitCount();
		List<Term> terms = terms(List.of(title.split("[^\\p{L}\\p{N}+#.]+")));
		return new CandidateSearchResult(query, hits(page.hits(),
				profile -> explain(profile, terms, Set.of(), query, roleTypeId, posting.seniority(), research)), total);
	}

	/** Whether the role type is a research role, whose postings weigh the research tiers. */
	public boolean isResearchRole(long roleTypeId) {
		return this.roles.byFamily()
			.entrySet()
			.stream()
			.anyMatch(family -> family.getValue()
				.stream()
				.anyMatch(type -> type.getId() == roleTypeId
						&& CandidateRanking.isResearchRole(family.getKey().getSlug(), type.getSlug())));
	}

	/** A profile found, with its score. */
	private record Scored(CandidateProfile profile, Float score) {
	}

	private List<CandidateHit> hits(List<Scored> found, Function<CandidateProfile, MatchExplanation> explain) {
		Map<Long, Account> owners = this.accounts
			.findAllById(found.stream().map(scored -> scored.profile().getAccountId()).toList());
		List<CandidateHit> hits = new ArrayList<>();
		for (Scored scored : found) {
			CandidateProfile profile = scored.profile();
			// the profile as PostgreSQL has it now: one its owner made private (or whose account was suspended) is
			// never shown, even while the index, on OpenSearch behind its outbox, has not caught up yet
			if (!profile.isFindable()) {
				continue;
			}
			Account owner = owners.get(profile.getAccountId());
			hits.add(new CandidateHit(profile, (owner != null) ? owner.getDisplayName() : "",
					profile.getPublicationMetrics(), explain.apply(profile), scored.score(),
					profile.getCareerGrowth().orElse(null)));
		}
		return hits;
	}

	/**
	 * What a profile must match: the filters, and the keywords if any (scored by text relevance).
	 */
	private static PredicateFinalStep matching(SearchPredicateFactory f, CandidateQuery query) {
		BooleanPredicateClausesStep<?, ?> bool = filters(f, query, f.bool());
		if (query.keywords() == null) {
			return bool.must(f.matchAll());
		}
		SimpleQueryStringPredicateFieldMoreStep<?, ?, ?> text = null;
		for (TextField field : TextField.values()) {
			text = (text == null) ? f.simpleQueryString().field(field.indexField()).boost(field.weight())
					: text.field(field.indexField()).boost(field.weight());
		}
		return bool.must(text.matching(KeywordSyntax.toSimpleQuerySyntax(query.keywords()))
			.defaultOperator(BooleanOperator.AND));
	}

	/**
	 * The matches ranked: text relevance, plus the nice-to-have skills they have, plus their research signals.
	 */
	private PredicateFinalStep ranked(SearchPredicateFactory f, CandidateQuery query,
			PredicateFinalStep matching) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool().must(matching);
		for (String skill : query.niceSkills()) {
			bool = bool.should(niceSkill(f, skill, query.niceSkills().size()));
		}
		return signals(f, bool);
	}

	/** A skill as typed, compared by its tag. */
	private static PredicateFinalStep niceSkill(SearchPredicateFactory f, String skill, int count) {
		return f.match()
			.field("skill")
			.matching(SkillTags.tag(skill))
			.constantScore()
			.boost(CandidateRanking.NICE_SKILLS / count);
	}

	private static PredicateFinalStep textMatch(SearchPredicateFactory f, String text, float boost) {
		var match = f.match().field(TextField.HEADLINE.indexField()).boost(TextField.HEADLINE.weight() * boost);
		for (TextField field : TextField.values()) {
			if (field != TextField.HEADLINE) {
				match = match.field(field.indexField()).boost(field.weight() * boost);
			}
		}
		return match.matching(text);
	}

	/**
	 * Adds the research signals' score, indexed as a feature (see {@link SignalFeatureBinder}), to the score.
	 */
	private BooleanPredicateClausesStep<?, ?> signals(SearchPredicateFactory f,
			BooleanPredicateClausesStep<?, ?> bool) {
		return feature(f, bool, "signals");
	}

	/**
	 * Adds a score indexed as a feature ({@code signals}, or {@code researchSignals} when matching a research
	 * posting) to the score.
	 */
	private BooleanPredicateClausesStep<?, ?> feature(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool,
			String field) {
		if (this.index.onLucene()) {
			return bool.should(f.extension(LuceneExtension.get())
				.fromLuceneQuery(FeatureField.newLinearQuery(field, SignalFeatureBinder.FEATURE, 1f)));
		}
		// on OpenSearch: the indexed value itself added to the score, as the linear feature query adds it
		return bool.should(f.extension(ElasticsearchExtension.get()).fromJson(FEATURE_ON_OPENSEARCH.replace("FIELD", field)));
	}

	private static final String FEATURE_ON_OPENSEARCH = """
			{"function_score": {"query": {"exists": {"field": "FIELD"}},
			  "field_value_factor": {"field": "FIELD"}, "boost_mode": "replace"}}""";

	private static BooleanPredicateClausesStep<?, ?> filters(SearchPredicateFactory f, CandidateQuery query,
			BooleanPredicateClausesStep<?, ?> bool) {
		for (String skill : query.mustSkills()) {
			bool = bool.filter(f.match().field("skill").matching(SkillTags.tag(skill)));
		}
		if (!query.roleTypeIds().isEmpty()) {
			bool = bool.filter(f.terms().field("roleType").matchingAny(query.roleTypeIds()));
		}
		if (!query.seniorities().isEmpty()) {
			bool = bool.filter(f.terms().field("seniority").matchingAny(query.seniorities()));
		}
		if (query.minYears() != null || query.maxYears() != null) {
			var range = f.range().field("yearsOfExperience");
			bool = bool.filter((query.maxYears() == null) ? range.atLeast(query.minYears())
					: (query.minYears() == null) ? range.atMost(query.maxYears())
							: range.between(query.minYears(), query.maxYears()));
		}
		if (!query.countries().isEmpty()) {
			bool = bool.filter(f.terms().field("country").matchingAny(query.countries()));
		}
		if (query.openToRemote()) {
			bool = bool.filter(f.match().field("openToRemote").matching(true));
		}
		if (query.openToRelocation()) {
			bool = bool.filter(f.match().field("openToRelocation").matching(true));
		}
		if (query.minPublications() != null) {
			bool = bool.filter(f.range().field("publicationCount").atLeast(query.minPublications()));
		}
		if (query.minCitations() != null) {
			bool = bool.filter(f.range().field("citations").atLeast((long) query.minCitations()));
		}
		if (query.minHIndex() != null) {
			bool = bool.filter(f.range().field("hIndex").atLeast(query.minHIndex()));
		}
		for (ProfileLinks.Site site : query.links()) {
			bool = bool.filter(f.match().field("link").matching(site.name()));
		}
		for (AchievementKind kind : query.achievementKinds()) {
			bool = bool.filter(f.match().field("achievementKind").matching(kind.name()));
		}
		if (query.openSourceMaintainer()) {
			bool = bool.filter(f.match().field("openSourceMaintainer").matching(true));
		}
		if (query.minGrowthRate() != null) {
			bool = bool.filter(f.range().field("growthRate").atLeast(query.minGrowthRate()));
		}
		if (query.topVenuePapers() != null) {
			bool = bool.filter(f.range()
				.field(TopVenuePapers.FIELD)
				.between(TopVenuePapers.lowest(query.topVenuePapers()), TopVenuePapers.highest(query.topVenuePapers())));
		}
		if (query.maxSalaryUsd() != null) {
			bool = bool.filter(f.or(f.range().field("minimumSalaryUsd").atMost(query.maxSalaryUsd()),
					f.not(f.exists().field("minimumSalaryUsd"))));
		}
		return bool;
	}

	/**
	 * A word or phrase of a search and the tokens the index makes of it.
	 */
	private record Term(String text, List<String> tokens) {
	}

	private List<Term> terms(List<String> texts) {
		Analyzer analyzer = this.index.searchAnalyzer();
		List<Term> terms = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String text : texts) {
			List<String> tokens = TextAnalyzers.tokens(analyzer, TextField.HEADLINE.indexField(), text);
			if (!tokens.isEmpty() && seen.add(String.join(" ", tokens))) {
				terms.add(new Term(text, tokens));
			}
		}
		return terms;
	}

	private MatchExplanation explain(CandidateProfile profile, List<Term> terms, Set<String> mustSkills,
			CandidateQuery query, Long postingRoleTypeId, ai.slope.roles.Seniority postingSeniority, boolean research) {
		List<MatchExplanation.TermMatch> matches = new ArrayList<>();
		if (!terms.isEmpty()) {
			Analyzer analyzer = this.index.indexingAnalyzer();
			Map<TextField, Set<String>> tokensByField = new java.util.EnumMap<>(TextField.class);
			tokensByField.put(TextField.HEADLINE, tokenSet(analyzer, TextField.HEADLINE, List.of(profile.getHeadline())));
			tokensByField.put(TextField.SKILLS, tokenSet(analyzer, TextField.SKILLS, profile.getSkillText()));
			tokensByField.put(TextField.PUBLICATION_TITLES,
					tokenSet(analyzer, TextField.PUBLICATION_TITLES, profile.getPublicationTitles()));
			tokensByField.put(TextField.SUMMARY, tokenSet(analyzer, TextField.SUMMARY, List.of(profile.getSummary())));
			tokensByField.put(TextField.VENUES, tokenSet(analyzer, TextField.VENUES, profile.getPublicationVenues()));
			for (Term term : terms) {
				List<TextField> fields = new ArrayList<>();
				for (TextField field : TextField.values()) {
					if (tokensByField.get(field).containsAll(term.tokens())) {
						fields.add(field);
					}
				}
				if (!fields.isEmpty()) {
					matches.add(new MatchExplanation.TermMatch(term.text(), fields));
				}
			}
		}
		List<String> must = new ArrayList<>();
		List<String> nice = new ArrayList<>();
		// the nice-to-have skills by tag, each as the recruiter or the posting wrote it
		Map<String, String> niceTags = new LinkedHashMap<>();
		query.niceSkills().forEach(skill -> niceTags.putIfAbsent(SkillTags.tag(skill), skill));
		Set<String> found = new HashSet<>();
		for (SkillTags.Skill skill : profile.getSkills()) {
			if (mustSkills.contains(skill.tag())) {
				must.add(skill.display());
			}
			if (niceTags.containsKey(skill.tag())) {
				nice.add(skill.display());
				found.add(skill.tag());
			}
		}
		List<String> missing = niceTags.entrySet()
			.stream()
			.filter(tag -> !found.contains(tag.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		return new MatchExplanation(matches, must, nice, missing,
				research ? CandidateRanking.researchSignalsOf(profile) : CandidateRanking.signalsOf(profile),
				postingRoleTypeId != null && profile.getWantedRoleTypeIds().contains(postingRoleTypeId),
				postingSeniority != null && profile.getWantedSeniorities().contains(postingSeniority),
				(query.topVenuePapers() != null) ? profile.topVenuePapers(query.topVenuePapers()) : null, research);
	}

	private static Set<String> tokenSet(Analyzer analyzer, TextField field, List<String> texts) {
		Set<String> tokens = new HashSet<>();
		for (String text : texts) {
			tokens.addAll(TextAnalyzers.tokens(analyzer, field.indexField(), text));
		}
		return tokens;
	}


	private static Set<String> tags(List<String> skills) {
		return skills.stream().map(SkillTags::tag).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

}
