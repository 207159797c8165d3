package ai.slope.candidates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.salaries.ExchangeRates;
import ai.slope.salaries.SalaryPeriod;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;
import ai.slope.web.SkillTags;

/**
 * Job seekers' profiles: every change goes through here, so that the rules (see {@link ProfileRules}, skills as
 * tags, links of the right sites, no lost update) hold whichever page asks. A profile belongs to one account and
 * only its owner changes it; it is private until the owner makes it discoverable.
 */
@Service
public class CandidateProfiles {

	private static final Logger log = LoggerFactory.getLogger(CandidateProfiles.class);

	/** The currencies a form offers for the minimum salary, most used first; any ISO 4217 code is accepted. */
	public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CNY", "CAD", "CHF", "JPY", "INR",
			"SGD", "AUD", "HKD", "KRW", "SEK", "ILS", "PLN", "BRL");

	private final CandidateProfileRepository profiles;

	private final ProfileRules rules;

	private final Publications publications;

	private final Resumes resumes;

	private final PublicationRepository publicationRepository;

	private final ResumeRepository resumeRepository;

	private final CandidateIndex index;

	private final ExchangeRates rates;

	private final Clock clock;

	CandidateProfiles(CandidateProfileRepository profiles, ProfileRules rules, Publications publications,
			Resumes resumes, PublicationRepository publicationRepository, ResumeRepository resumeRepository,
			CandidateIndex index, ExchangeRates rates, Clock clock) {
		this.index = index;
		this.rates = rates;
		this.publicationRepository = publicationRepository;
		this.resumeRepository = resumeRepository;
		this.profiles = profiles;
		this.rules = rules;
		this.publications = publications;
		this.resumes = resumes;
		this.clock = clock;
	}

	/**
	 * What a seeker typed into the profile form; numbers as text, so that a wrong one gets its own message.
	 * @param country ISO 3166-1 alpha-2 code, or empty
	 * @param roleTypes the slugs of the wanted role types
	 * @param seniorities the names of the wanted {@link ai.slope.roles.Seniority} levels
	 * @param skills skills separated by commas, semicolons or new lines
	 * @param minimumSalary a year's pay, in {@code salaryCurrency} (an ISO 4217 code)
	 */
	public record ProfileInput(String headline, String summary, String country, String city, boolean openToRemote,
			boolean openToRelocation, String yearsOfExperience, List<String> roleTypes, List<String> seniorities,
			String minimumSalary, String salaryCurrency, String skills, String github, String scholar,
			String huggingFace, String linkedin, String website, String aminer, String openreview, String orcid,
			String dblp, String semanticScholar) {

		/** Without the research links of issue 18. */
		public ProfileInput(String headline, String summary, String country, String city, boolean openToRemote,
				boolean openToRelocation, String yearsOfExperience, List<String> roleTypes, List<String> seniorities,
				String minimumSalary, String salaryCurrency, String skills, String github, String scholar,
				String huggingFace, String linkedin, String website) {
			this(headline, summary, country, city, openToRemote, openToRelocation, yearsOfExperience, roleTypes,
					seniorities, minimumSalary, salaryCurrency, skills, github, scholar, huggingFace, linkedin, website,
					null, null, null, null, null);
		}

		String link(ProfileLinks.Site site) {
			return switch (site) {
				case GITHUB -> this.github;
				case SCHOLAR -> this.scholar;
				case HUGGING_FACE -> this.huggingFace;
				case LINKEDIN -> this.linkedin;
				case WEBSITE -> this.website;
				case AMINER -> this.aminer;
				case OPENREVIEW -> this.openreview;
				case ORCID -> this.orcid;
				case DBLP -> this.dblp;
				case SEMANTIC_SCHOLAR -> this.semanticScholar;
			};
		}

	}

	/**
	 * Every rule the input breaks, so that a form shows them all at once; empty when it may be saved.
	 */
	@Transactional(readOnly = true)
	public List<InputProblem> problemsWith(ProfileInput input) {
		return this.rules.check(input).problems();
	}

	/**
	 * The account's own profile, for its owner; empty when they have not saved one.
	 */
	@Transactional(readOnly = true)
	public Optional<CandidateProfile> profileOf(long accountId) {
		return this.profiles.findById(accountId);
	}

	/**
	 * A summary of the account's profile for other modules (see {@link ProfileSummary} on privacy); empty when
	 * the account has none.
	 */
	@Transactional(readOnly = true)
	public Optional<ProfileSummary> find(long accountId) {
		return this.profiles.findById(accountId)
			.map(profile -> summary(profile, this.publications.metrics(accountId),
					this.resumes.info(accountId).isPresent()));
	}

	/**
	 * The summaries of those accounts' profiles, by account id, in a few queries whatever their number; an account
	 * without a profile is left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ProfileSummary> findAll(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Integer>> citations = new HashMap<>();
		for (Object[] row : this.publicationRepository.citationsOfAll(accountIds)) {
			citations.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Integer) row[1]);
		}
		Set<Long> withResume = this.resumeRepository.accountsWithResume(accountIds);
		Map<Long, ProfileSummary> summaries = new HashMap<>();
		for (CandidateProfile profile : this.profiles.findAllById(accountIds)) {
			long id = profile.getAccountId();
			summaries.put(id, summary(profile, PublicationMetrics.of(citations.getOrDefault(id, List.of())),
					withResume.contains(id)));
		}
		return summaries;
	}

	private static ProfileSummary summary(CandidateProfile profile, PublicationMetrics metrics, boolean hasResume) {
		Map<ProfileLinks.Site, String> links = new EnumMap<>(ProfileLinks.Site.class);
		for (ProfileLinks.Site site : ProfileLinks.Site.values()) {
			if (profile.link(site) != null) {
				links.put(site, profile.link(site));
			}
		}
		List<SkillTags.Skill> skills = profile.getSkills();
		return new ProfileSummary(profile.getAccountId(), profile.getHeadline(), profile.getCountry(),
				profile.getCity(), profile.isOpenToRemote(), profile.isOpenToRelocation(),
				profile.getYearsOfExperience(), profile.getWantedRoleTypeIds(), profile.getWantedSeniorities(),
				profile.getMinimumSalary(), profile.getSalaryCurrency(),
				skills.stream().map(SkillTags.Skill::display).toList(),
				skills.stream().map(SkillTags.Skill::tag).toList(), links, metrics, hasResume,
				profile.isDiscoverable(), ProfileCompleteness.of(profile, metrics.publications(), hasResume,
						profile.getPositions().size(), profile.getAchievements().size() + profile.getRepositories().size())
					.percent());
	}

	/**
	 * How complete the account's profile is (0 % and everything missing when it has none).
	 */
	@Transactional(readOnly = true)
	public ProfileCompleteness completeness(long accountId) {
		CandidateProfile profile = this.profiles.findById(accountId).orElse(null);
		return ProfileCompleteness.of(profile, this.publications.metrics(accountId).publications(),
				this.resumes.info(accountId).isPresent(), (profile != null) ? profile.getPositions().size() : 0,
				(profile != null) ? profile.getAchievements().size() + profile.getRepositories().size() : 0);
	}

	/**
	 * Creates or changes the account's profile.
	 * @param basedOnVersion the version of the profile the seeker saw, null when they saw none
	 * @throws InvalidInputException when the input breaks a rule
	 * @throws ProfileChangedException when the profile was saved (or first created) since that version
	 */
	@Transactional
	public CandidateProfile save(long accountId, Long basedOnVersion, ProfileInput input) {
		ProfileRules.Result checked = this.rules.check(input);
		if (!checked.problems().isEmpty()) {
			throw new InvalidInputException(checked.problems());
		}
		Optional<CandidateProfile> existing = this.profiles.findById(accountId);
		CandidateProfile profile;
		if (existing.isPresent()) {
			profile = existing.get();
			if (basedOnVersion == null || profile.getVersion() != basedOnVersion) {
				throw new ProfileChangedException();
			}
		}
		else {
			if (basedOnVersion != null) {
				throw new ProfileChangedException();
			}
			profile = new CandidateProfile(accountId, this.clock.instant());
		}
		profile.change(checked.profile(), annualUsd(checked.profile()), this.clock.instant());
		try {
			// flush now, so that a save by another tab since we read the profile fails here, on the version (or,
			// for a first save, on the primary key)
			profile = this.profiles.saveAndFlush(profile);
		}
		catch (DataIntegrityViolationException ex) {
			throw new ProfileChangedException();
		}
		this.index.refresh(accountId);
		log.info("Account {} saved its profile (version {})", accountId, profile.getVersion());
		return profile;
	}

	/** The minimum salary a year in US dollars, or null when none is given or its currency has no rate. */
	private Integer annualUsd(CheckedProfile profile) {
		if (profile.minimumSalary() == null || !this.rates.supports(profile.salaryCurrency())) {
			return null;
		}
		return this.rates.toAnnualUsd(profile.minimumSalary(), profile.salaryCurrency(), SalaryPeriod.YEAR);
	}

	/**
	 * Lets recruiters find the profile, or stops them; creates an empty profile when the account has none.
	 * This is not a change of the profile's version, so an edit open in another tab may still be saved.
	 * @return whether it changed anything
	 */
	@Transactional
	public boolean setDiscoverable(long accountId, boolean discoverable) {
		this.profiles.createIfMissing(accountId);
		boolean was = this.profiles.findById(accountId).map(CandidateProfile::isDiscoverable).orElse(false);
		if (was == discoverable) {
			return false;
		}
		this.profiles.setDiscoverable(accountId, discoverable);
		this.index.refresh(accountId);
		log.info("Account {} made its profile {}", accountId, discoverable ? "discoverable" : "private");
		return true;
	}

}
