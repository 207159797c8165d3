package ai.slope.companies;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InputText;
import ai.slope.web.InvalidInputException;


/**
 * Creating companies, changing their profile and their verification: every change to a company goes through
 * here, so that the rules (a unique name and slug, only members edit, no lost update) hold whichever page
 * asks.
 */
@Service
public class Companies {

	private static final Logger log = LoggerFactory.getLogger(Companies.class);

	static final int MAX_NAME_LENGTH = 120;

	static final int MAX_WEBSITE_LENGTH = 300;

	static final int MAX_DESCRIPTION_LENGTH = 5000;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final SecureRandom random = new SecureRandom();

	private final CompanyRepository companies;

	private final CompanyMemberships memberships;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Companies(CompanyRepository companies, CompanyMemberships memberships, ApplicationEventPublisher events,
			Clock clock) {
		this.clock = clock;
		this.companies = companies;
		this.memberships = memberships;
		this.events = events;
	}

	/**
	 * What a recruiter says about their company. Text as typed; {@link #normalized()} strips it.
	 * @param website the company's site; {@code https://} is added when no scheme is given
	 * @param hqCountry ISO 3166-1 alpha-2 code of the headquarters' country
	 */
	public record Profile(String name, String website, String description, String hqCountry, SizeBand sizeBand) {

		Profile normalized() {
			String site = strip(this.website);
			if (!site.isEmpty() && !site.contains("://")) {
				site = "https://" + site;
			}
			return new Profile(strip(InputText.singleLine(this.name)), site.isEmpty() ? null : site, strip(this.description),
					strip(this.hqCountry).toUpperCase(Locale.ROOT), this.sizeBand);
		}

		private static String strip(String text) {
			return (text == null) ? "" : text.strip();
		}

	}

	/**
	 * Which companies an admin lists.
	 */
	public enum Verification {

		UNVERIFIED, VERIFIED, ALL

	}

	/**
	 * Every rule the profile breaks, so that a form shows them all at once; empty when it may be saved.
	 */
	public List<InputProblem> problemsWith(Profile profile) {
		Profile p = profile.normalized();
		List<InputProblem> problems = new ArrayList<>();
		if (p.name().isEmpty()) {
			problems.add(InputProblem.of("name", "companies.error.name.required"));
		}
		else if (p.name().length() > MAX_NAME_LENGTH) {
			problems.add(InputProblem.of("name", "companies.error.name.too-long", MAX_NAME_LENGTH));
		}
		if (p.website() != null && !isWebAddress(p.website())) {
			problems.add(InputProblem.of("website", "companies.error.website.invalid"));
		}
		else if (p.website() != null && p.website().length() > MAX_WEBSITE_LENGTH) {
			problems.add(InputProblem.of("website", "companies.error.website.too-long", MAX_WEBSITE_LENGTH));
		}
		if (p.description().length() > MAX_DESCRIPTION_LENGTH) {
			problems.add(InputProblem.of("description", "companies.error.description.too-long", MAX_DESCRIPTION_LENGTH));
		}
		if (!COUNTRIES.contains(p.hqCountry())) {
			problems.add(InputProblem.of("hqCountry", "companies.error.country.required"));
		}
		if (p.sizeBand() == null) {
			problems.add(InputProblem.of("sizeBand", "companies.error.size.required"));
		}
		return problems;
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getHost().contains(".") && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Creates a company with the recruiter as its first member. The slug is made from the name.
	 * @throws InvalidInputException when the profile breaks a rule, a company of that name or slug
	 * exists, or the recruiter belongs to a company or waits to join one already
	 */
	@Transactional
	public Company create(long accountId, Profile profile) {
		if (this.memberships.activeCompanyOf(accountId).isPresent()) {
			throw new InvalidInputException(null, "companies.error.has-company");
		}
		if (this.memberships.pendingRequestOf(accountId).isPresent()) {
			throw new InvalidInputException(null, "companies.error.request-pending");
		}
		List<InputProblem> problems = problemsWith(profile);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Profile p = profile.normalized();
		String slug = CompanySlugs.of(p.name());
		if (slug.isEmpty()) {
			// a name in Chinese, say: the name is checked below, and the slug only needs to be unique
			byte[] suffix = new byte[4];
			random.nextBytes(suffix);
			slug = "company-" + HexFormat.of().formatHex(suffix);
		}
		if (this.companies.existsByNameIgnoreCase(p.name()) || this.companies.existsBySlug(slug)) {
			throw new InvalidInputException("name", "companies.error.name.taken", p.name(), slug);
		}
		Company company = new Company(slug, p.name(), p.website(), p.description(), p.sizeBand(), p.hqCountry(),
				this.clock.instant());
		try {
			// flush now, so that a company created meanwhile with the same slug fails here, on the unique constraint
			company = this.companies.saveAndFlush(company);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException("name", "companies.error.name.taken", p.name(), slug);
		}
		this.memberships.addActiveMember(company.getId(), accountId, accountId);
		log.info("Account {} created company {} ({})", accountId, company.getId(), slug);
		return company;
	}

	/**
	 * Changes the profile of the recruiter's company. Changing the name or the website of a verified company
	 * removes its verification until an admin checks it again, so that a verified badge cannot be carried over
	 * to another company's name.
	 * @param basedOnVersion the version of the company the recruiter saw
	 * @return whether the verification was removed
	 * @throws CompanyNotFoundException when the recruiter is not an active member of the company
	 * @throws CompanyChangedException when the company changed since that version
	 * @throws InvalidInputException when the profile breaks a rule or the new name is taken
	 */
	@Transactional
	public boolean update(long accountId, long companyId, long basedOnVersion, Profile profile) {
		Company company = memberCompany(accountId, companyId);
		List<InputProblem> problems = problemsWith(profile);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (company.getVersion() != basedOnVersion) {
			throw new CompanyChangedException();
		}
		Profile p = profile.normalized();
		if (!p.name().equalsIgnoreCase(company.getName())
				&& this.companies.existsByNameIgnoreCaseAndIdNot(p.name(), companyId)) {
			throw new InvalidInputException("name", "companies.error.name.taken", p.name(),
					company.getSlug());
		}
		boolean renamed = !p.name().equals(company.getName());
		boolean unverify = company.isVerified() && (renamed || !Objects.equals(p.website(), company.getWebsite()));
		company.changeProfile(p.name(), p.website(), p.description(), p.sizeBand(), p.hqCountry());
		if (unverify) {
			company.unverify();
		}
		// flush now, so that a save by someone else since we read the company fails here, on the version
		this.companies.saveAndFlush(company);
		if (renamed) {
			this.events.publishEvent(new CompanyRenamed(companyId));
		}
		log.info("Account {} changed the profile of company {}{}", accountId, companyId,
				unverify ? "; its verification was removed" : "");
		return unverify;
	}

	private Company memberCompany(long accountId, long companyId) {
		if (!this.memberships.isActiveMember(accountId, companyId)) {
			throw new CompanyNotFoundException();
		}
		return this.companies.findById(companyId).orElseThrow(CompanyNotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Company> findById(long companyId) {
		return this.companies.findById(companyId);
	}

	/**
	 * The companies of the given ids that exist, by id (for lists that show which company did something).
	 */
	@Transactional(readOnly = true)
	public Map<Long, Company> findAllById(Collection<Long> ids) {
		return this.companies.findAllById(ids).stream().collect(Collectors.toMap(Company::getId, Function.identity()));
	}

	@Transactional(readOnly = true)
	public Optional<Company> findBySlug(String slug) {
		return this.companies.findBySlug(slug);
	}

	/**
	 * Companies whose name contains the text (whatever its case; empty for all), in the given order.
	 */
	@Transactional(readOnly = true)
	public Page<Company> find(String nameContains, Verification which, Pageable pageable) {
		String text = (nameContains == null) ? "" : nameContains.strip();
		return switch (which) {
			case ALL -> this.companies.findByNameContainingIgnoreCase(text, pageable);
			case VERIFIED -> this.companies.findByVerifiedAndNameContainingIgnoreCase(true, text, pageable);
			case UNVERIFIED -> this.companies.findByVerifiedAndNameContainingIgnoreCase(false, text, pageable);
		};
	}

	/**
	 * Marks the company verified (by an admin, who records it in the audit log in the same transaction).
	 * @return whether it changed anything (false when it was verified already)
	 * @throws CompanyNotFoundException when no such company exists
	 */
	@Transactional
	public boolean verify(long companyId) {
		return setVerified(companyId, true);
	}

	/**
	 * Removes the verification, the other way round from {@link #verify}.
	 */
	@Transactional
	public boolean unverify(long companyId) {
		return setVerified(companyId, false);
	}

	private boolean setVerified(long companyId, boolean verified) {
		if (!this.companies.existsById(companyId)) {
			throw new CompanyNotFoundException();
		}
		boolean changed = this.companies.setVerified(companyId, verified) > 0;
		if (changed) {
			log.info("Company {} {}", companyId, verified ? "verified" : "no longer verified");
		}
		return changed;
	}

}
