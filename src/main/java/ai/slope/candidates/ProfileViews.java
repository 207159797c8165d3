package ai.slope.candidates;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.accounts.Account;
import ai.slope.accounts.Accounts;
import ai.slope.companies.Companies;
import ai.slope.companies.Company;

/**
 * What a recruiter reads of a discoverable profile, and the log of it: a view by a recruiter is recorded with
 * their company and the time, and the profile's owner sees which companies looked and when (not who). One view per
 * company and profile per {@link #ONE_VIEW_PER} is recorded: reloads and the redirects after each form on the
 * candidate page would otherwise make one look seem like many.
 */
@Service
public class ProfileViews {

	/** How long after a company's recorded view of a profile its further views are not recorded. */
	public static final java.time.Duration ONE_VIEW_PER = java.time.Duration.ofHours(1);

	private final CandidateSearch search;

	private final CandidateProfileRepository profiles;

	private final ProfileViewRepository views;

	private final Accounts accounts;

	private final Companies companies;

	private final Clock clock;

	ProfileViews(CandidateSearch search, CandidateProfileRepository profiles, ProfileViewRepository views,
			Accounts accounts, Companies companies, Clock clock) {
		this.search = search;
		this.profiles = profiles;
		this.views = views;
		this.accounts = accounts;
		this.companies = companies;
		this.clock = clock;
	}

	/**
	 * A discoverable profile as a recruiter reads it, with its publications; the view is logged unless the
	 * recruiter's company viewed it within the last hour.
	 * @throws CandidateSearchRefusedException when the recruiter's company may not search (see
	 * {@link CandidateSearch#searchingCompany})
	 * @throws CandidateNotFoundException when there is no such profile, it is not discoverable or its account is
	 * suspended
	 */
	@Transactional
	public CandidateView view(long recruiterId, long candidateId) {
		Company company = this.search.searchingCompany(recruiterId);
		CandidateProfile profile = this.profiles.findById(candidateId)
			.filter(CandidateProfile::isFindable)
			.orElseThrow(() -> new CandidateNotFoundException(candidateId));
		Instant now = this.clock.instant();
		if (!this.views.existsByCandidateIdAndCompanyIdAndViewedAtAfter(candidateId, company.getId(),
				now.minus(ONE_VIEW_PER))) {
			this.views.save(new ProfileView(candidateId, recruiterId, company.getId(), now));
		}
		String name = this.accounts.findById(candidateId).map(Account::getDisplayName).orElse("");
		return new CandidateView(profile, name, profile.getPublicationMetrics(), profile.getPublications(), company);
	}

	/**
	 * A discoverable profile as a recruiter reads it.
	 * @param publications newest first
	 * @param viewer the recruiter's company, which the view was logged for
	 */
	public record CandidateView(CandidateProfile profile, String name, PublicationMetrics metrics,
			java.util.List<Publication> publications, Company viewer) {
	}

	/**
	 * Who looked at the seeker's profile: the company and the time, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<Viewed> of(long candidateId, Pageable pageable) {
		Page<ProfileView> views = this.views.findByCandidateIdOrderByViewedAtDescIdDesc(candidateId, pageable);
		Map<Long, Company> companies = this.companies
			.findAllById(views.stream().map(ProfileView::getCompanyId).collect(Collectors.toSet()));
		return views.map(view -> {
			Company company = companies.get(view.getCompanyId());
			return new Viewed(company.getName(), company.getSlug(), view.getViewedAt());
		});
	}

	/**
	 * A view of a profile as its owner sees it.
	 */
	public record Viewed(String companyName, String companySlug, Instant at) {
	}

}
