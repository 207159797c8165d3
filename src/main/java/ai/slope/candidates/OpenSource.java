package ai.slope.candidates;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The open-source repositories on a seeker's profile. An address is accepted only for a repository on GitHub
 * ({@code github.com/<owner>/<repo>}), GitLab ({@code gitlab.com/<group>/…/<project>}) or Hugging Face
 * ({@code huggingface.co/<owner>/<model>}, {@code huggingface.co/datasets|spaces/<owner>/<name>}), stored as
 * {@code https://<host>/<path>} without query, fragment, {@code .git} or sub-pages ({@code /tree/main}); nothing is
 * fetched from those sites. Only the owner changes them.
 */
@Service
public class OpenSource {

	private static final Logger log = LoggerFactory.getLogger(OpenSource.class);

	public static final int MAX_URL_LENGTH = 300;

	public static final int MAX_REPOSITORIES = 30;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,98}[A-Za-z0-9_])?");

	private static final Set<String> GITHUB_RESERVED = Set.of("orgs", "settings", "features", "topics", "marketplace",
			"sponsors", "enterprise", "search", "explore", "trending", "collections", "login", "about", "apps");

	private static final Set<String> HUGGING_FACE_RESERVED = Set.of("docs", "blog", "papers", "settings", "login",
			"join", "pricing", "organizations", "collections", "posts", "learn", "tasks", "enterprise", "api");

	private final OpenSourceRepositoryRepository repositories;

	private final CandidateProfileRepository profiles;

	private final CandidateIndex index;

	private final Clock clock;

	OpenSource(OpenSourceRepositoryRepository repositories, CandidateProfileRepository profiles, CandidateIndex index,
			Clock clock) {
		this.repositories = repositories;
		this.profiles = profiles;
		this.index = index;
		this.clock = clock;
	}

	/** A repository as the form sends it. */
	public record RepositoryInput(String url, RepositoryRole role, StarsBand stars) {
	}

	/** The account's repositories, in the order they were added. */
	@Transactional(readOnly = true)
	public List<OpenSourceRepository> of(long accountId) {
		return this.repositories.findByAccountIdOrderByIdAsc(accountId);
	}

	/**
	 * @throws RepositoryNotFoundException when the account has none of that id
	 */
	@Transactional(readOnly = true)
	public OpenSourceRepository find(long accountId, long id) {
		return this.repositories.findByIdAndAccountId(id, accountId).orElseThrow(RepositoryNotFoundException::new);
	}

	@Transactional
	public OpenSourceRepository add(long accountId, RepositoryInput input) {
		String url = check(input);
		if (this.repositories.countByAccountId(accountId) >= MAX_REPOSITORIES) {
			throw new InvalidInputException(null, "candidates.error.repository.too-many", MAX_REPOSITORIES);
		}
		this.profiles.createIfMissing(accountId);
		OpenSourceRepository repository = new OpenSourceRepository(accountId, this.clock.instant());
		repository.change(url, input.role(), input.stars());
		try {
			repository = this.repositories.saveAndFlush(repository);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException("url", "candidates.error.repository.twice");
		}
		this.index.refresh(accountId);
		log.info("Account {} added repository {}", accountId, repository.getId());
		return repository;
	}

	/**
	 * @throws ProfileChangedException when it was changed since that version
	 */
	@Transactional
	public OpenSourceRepository update(long accountId, long id, long basedOnVersion, RepositoryInput input) {
		OpenSourceRepository repository = find(accountId, id);
		String url = check(input);
		if (repository.getVersion() != basedOnVersion) {
			throw new ProfileChangedException();
		}
		repository.change(url, input.role(), input.stars());
		try {
			repository = this.repositories.saveAndFlush(repository);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException("url", "candidates.error.repository.twice");
		}
		this.index.refresh(accountId);
		return repository;
	}

	@Transactional
	public OpenSourceRepository remove(long accountId, long id) {
		OpenSourceRepository repository = find(accountId, id);
		this.repositories.delete(repository);
		this.index.refresh(accountId);
		return repository;
	}

	private static String check(RepositoryInput input) {
		List<InputProblem> problems = new ArrayList<>();
		Optional<String> url = canonical(input.url());
		if (url.isEmpty()) {
			problems.add(InputProblem.of("url", "candidates.error.repository.url"));
		}
		if (input.role() == null) {
			problems.add(InputProblem.of("role", "candidates.error.repository.role"));
		}
		if (input.stars() == null) {
			problems.add(InputProblem.of("stars", "candidates.error.repository.stars"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return url.get();
	}

	/**
	 * The canonical address of a repository on one of the three sites, or empty when it is not one.
	 */
	public static Optional<String> canonical(String typed) {
		String text = (typed == null) ? "" : typed.strip();
		if (text.isEmpty() || text.length() > MAX_URL_LENGTH) {
			return Optional.empty();
		}
		if (!text.contains("://")) {
			text = "https://" + text;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if ((!scheme.equals("https") && !scheme.equals("http")) || uri.getHost() == null
				|| uri.getRawUserInfo() != null || (uri.getPort() != -1 && uri.getPort() != 443 && uri.getPort() != 80)) {
			return Optional.empty();
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		List<String> path = new ArrayList<>(
				Arrays.stream((uri.getRawPath() == null) ? new String[0] : uri.getRawPath().split("/"))
					.filter(segment -> !segment.isEmpty())
					.toList());
		switch (host) {
			case "github.com", "www.github.com" -> {
				if (path.size() < 2 || GITHUB_RESERVED.contains(path.get(0).toLowerCase(Locale.ROOT))) {
					return Optional.empty();
				}
				return repository("github.com", path.subList(0, 2));
			}
			case "gitlab.com", "www.gitlab.com" -> {
				int end = path.indexOf("-");
				List<String> project = (end >= 0) ? path.subList(0, end) : path;
				return (project.size() < 2) ? Optional.empty() : repository("gitlab.com", project);
			}
			case "huggingface.co", "www.huggingface.co", "hf.co" -> {
				boolean typedKind = !path.isEmpty() && (path.get(0).equals("datasets") || path.get(0).equals("spaces"));
				int length = typedKind ? 3 : 2;
				if (path.size() < length || HUGGING_FACE_RESERVED.contains(path.get(0).toLowerCase(Locale.ROOT))
						|| path.get(0).equals("models")) {
					return Optional.empty();
				}
				List<String> name = path.subList(typedKind ? 1 : 0, length);
				Optional<String> checked = repository("huggingface.co", name);
				return typedKind ? checked.map(url -> url.replace("huggingface.co/", "huggingface.co/" + path.get(0) + "/"))
						: checked;
			}
			default -> {
				return Optional.empty();
			}
		}
	}

	private static Optional<String> repository(String host, List<String> segments) {
		List<String> names = new ArrayList<>(segments);
		int last = names.size() - 1;
		if (names.get(last).endsWith(".git")) {
			names.set(last, names.get(last).substring(0, names.get(last).length() - 4));
		}
		if (!names.stream().allMatch(name -> NAME.matcher(name).matches())) {
			return Optional.empty();
		}
		return Optional.of("https://" + host + "/" + String.join("/", names));
	}

}
