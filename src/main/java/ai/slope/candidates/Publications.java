package ai.slope.candidates;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;



/**
 * The publications on a seeker's profile, and the h-index and total citations computed from them. Only the
 * owner adds, changes or removes them; someone else's publication is as unknown as one that does not exist.
 */
@Service
public class Publications {

	private static final Logger log = LoggerFactory.getLogger(Publications.class);

	static final int MAX_TITLE_LENGTH = 300;

	static final int MAX_VENUE_LENGTH = 200;

	static final int MAX_URL_LENGTH = 500;

	static final int MIN_YEAR = 1900;

	static final int MAX_CITATIONS = 10_000_000;

	static final int MAX_PUBLICATIONS = 200;

	private final PublicationRepository publications;

	private final CandidateProfileRepository profiles;

	private final Clock clock;

	private final CandidateIndex index;

	private final VenueMatches venues;

	Publications(PublicationRepository publications, CandidateProfileRepository profiles, CandidateIndex index,
			VenueMatches venues, Clock clock) {
		this.venues = venues;
		this.index = index;
		this.publications = publications;
		this.profiles = profiles;
		this.clock = clock;
	}

	/**
	 * A publication as typed: numbers as text, so that a wrong one gets its own message.
	 */
	public record PublicationInput(String title, String venue, String year, String citations, String url,
			boolean firstAuthor) {

		/** Not the first author. */
		public PublicationInput(String title, String venue, String year, String citations, String url) {
			this(title, venue, year, citations, url, false);
		}

	}

	record Checked(String title, String venue, int year, int citations, String url, boolean firstAuthor) {
	}

	/**
	 * The account's publications, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Publication> of(long accountId) {
		return this.publications.findByAccountIdOrderByYearDescCitationsDescIdAsc(accountId);
	}

	@Transactional(readOnly = true)
	public PublicationMetrics metrics(long accountId) {
		return PublicationMetrics.of(this.publications.citationsOf(accountId));
	}

	/**
	 * @throws PublicationNotFoundException when the account has no publication of that id
	 */
	@Transactional(readOnly = true)
	public Publication find(long accountId, long publicationId) {
		return this.publications.findByIdAndAccountId(publicationId, accountId)
			.orElseThrow(PublicationNotFoundException::new);
	}

	/**
	 * Adds a publication (and an empty profile, if the account has none yet).
	 * @throws InvalidInputException when the input breaks a rule, or the profile has the most
	 * publications it may have
	 */
	@Transactional
	public Publication add(long accountId, PublicationInput input) {
		Checked checked = check(input);
		if (this.publications.countByAccountId(accountId) >= MAX_PUBLICATIONS) {
			throw new InvalidInputException(null, "candidates.error.publication.too-many", MAX_PUBLICATIONS);
		}
		this.profiles.createIfMissing(accountId);
		Publication publication = new Publication(accountId, this.clock.instant());
		publication.change(checked, this.venues.matchForSave(checked.venue()));
		publication = this.publications.save(publication);
		this.index.refresh(accountId);
		log.info("Account {} added publication {}", accountId, publication.getId());
		return publication;
	}

	/**
	 * @param basedOnVersion the version of the publication the seeker saw
	 * @throws PublicationNotFoundException when the account has no publication of that id
	 * @throws ProfileChangedException when it was changed since that version
	 * @throws InvalidInputException when the input breaks a rule
	 */
	@Transactional
	public Publication update(long accountId, long publicationId, long basedOnVersion, PublicationInput input) {
		Publication publication = find(accountId, publicationId);
		Checked checked = check(input);
		if (publication.getVersion() != basedOnVersion) {
			throw new ProfileChangedException();
		}
		publication.change(checked, this.venues.matchForSave(checked.venue()));
		publication = this.publications.saveAndFlush(publication);
		this.index.refresh(accountId);
		log.info("Account {} changed publication {}", accountId, publicationId);
		return publication;
	}

	/**
	 * @throws PublicationNotFoundException when the account has no publication of that id
	 */
	@Transactional
	public Publication remove(long accountId, long publicationId) {
		Publication publication = find(accountId, publicationId);
		this.publications.delete(publication);
		this.index.refresh(accountId);
		log.info("Account {} removed publication {}", accountId, publicationId);
		return publication;
	}

	/**
	 * Every rule the input breaks; empty when it may be saved.
	 */
	public List<InputProblem> problemsWith(PublicationInput input) {
		List<InputProblem> problems = new ArrayList<>();
		checked(input, problems);
		return problems;
	}

	private Checked check(PublicationInput input) {
		List<InputProblem> problems = new ArrayList<>();
		Checked checked = checked(input, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return checked;
	}

	private Checked checked(PublicationInput input, List<InputProblem> problems) {
		String title = ProfileRules.strip(input.title());
		if (title.isEmpty()) {
			problems.add(InputProblem.of("title", "candidates.error.publication.title.required"));
		}
		else if (title.length() > MAX_TITLE_LENGTH) {
			problems.add(InputProblem.of("title", "candidates.error.publication.title.too-long", MAX_TITLE_LENGTH));
		}
		String venue = ProfileRules.strip(input.venue());
		if (venue.length() > MAX_VENUE_LENGTH) {
			problems.add(InputProblem.of("venue", "candidates.error.publication.venue.too-long", MAX_VENUE_LENGTH));
		}
		int maxYear = Year.now(this.clock).getValue() + 1;
		Integer year = ProfileRules.wholeNumber(input.year()).filter(y -> y >= MIN_YEAR && y <= maxYear).orElse(null);
		if (year == null) {
			problems.add(InputProblem.of("year", "candidates.error.publication.year", String.valueOf(MIN_YEAR), String.valueOf(maxYear)));
		}
		Integer citations = 0;
		if (!ProfileRules.strip(input.citations()).isEmpty()) {
			citations = ProfileRules.wholeNumber(input.citations()).filter(c -> c <= MAX_CITATIONS).orElse(null);
			if (citations == null) {
				problems.add(InputProblem.of("citations", "candidates.error.publication.citations"));
			}
		}
		String url = ProfileRules.strip(input.url());
		if (!url.isEmpty()) {
			if (!url.contains("://")) {
				url = "https://" + url;
			}
			if (url.length() > MAX_URL_LENGTH) {
				problems.add(InputProblem.of("url", "candidates.error.publication.url.too-long", MAX_URL_LENGTH));
			}
			else if (!isWebAddress(url)) {
				problems.add(InputProblem.of("url", "candidates.error.publication.url.invalid"));
			}
		}
		return problems.isEmpty() ? new Checked(title, venue, year, citations, url.isEmpty() ? null : url,
				input.firstAuthor()) : null;
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& uri.getHost().contains(".") && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
