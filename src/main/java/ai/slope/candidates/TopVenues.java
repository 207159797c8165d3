package ai.slope.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The top venues that publications are matched against, and their editing by admins (the admin module audits
 * each change). A publication's match is stored when it is saved; each change of a venue matches every publication
 * again in the same transaction and has the profiles it changed reindexed ({@link VenueMatches}). Nothing is
 * cached: the list is a few dozen rows, so every instance sees an admin's change at once.
 */
@Service
public class TopVenues {

	public static final int MAX_ACRONYM_LENGTH = 30;

	public static final int MAX_FULL_NAME_LENGTH = 200;

	public static final int MAX_ALIASES_LENGTH = 1000;

	private final TopVenueRepository venues;

	private final VenueMatches matches;

	TopVenues(TopVenueRepository venues, VenueMatches matches) {
		this.venues = venues;
		this.matches = matches;
	}

	/**
	 * A venue as an admin typed it.
	 * @param aliases other names, separated by semicolons or new lines
	 */
	public record VenueInput(String acronym, String fullName, String aliases, VenueField field) {
	}

	/** One field that an update changed: its name (acronym, fullName, aliases, field), before and after. */
	public record Change(String field, String before, String after) {
	}

	public record VenueEdit(TopVenue venue, List<Change> changes) {
	}

	/** Every top venue, by field and acronym. */
	@Transactional(readOnly = true)
	public List<TopVenue> all() {
		return this.venues.findAllByOrderByFieldAscAcronymAsc();
	}

	/**
	 * @throws VenueNotFoundException when there is none of that id
	 */
	@Transactional(readOnly = true)
	public TopVenue find(long id) {
		return this.venues.findById(id).orElseThrow(VenueNotFoundException::new);
	}

	/** A matcher over the venues as they are now. */
	@Transactional(readOnly = true)
	public VenueMatcher matcher() {
		return new VenueMatcher(this.venues.findAll(org.springframework.data.domain.Sort.by("id")));
	}

	@Transactional(readOnly = true)
	public Optional<TopVenue> match(String venue) {
		return matcher().match(venue);
	}

	/**
	 * The top venue of each publication that has one, by publication id: the badges a page shows. They are the
	 * stored matches, the same that the recruiter search filters on.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, TopVenue> badges(java.util.Collection<Publication> publications) {
		java.util.Map<Long, TopVenue> badges = new java.util.HashMap<>();
		List<Long> ids = publications.stream().map(Publication::getId).toList();
		if (!ids.isEmpty()) {
			this.venues.matchesOf(ids).forEach(row -> badges.put((Long) row[0], (TopVenue) row[1]));
		}
		return badges;
	}

	/**
	 * Matches every publication again with the venues as they are (an admin's change does it by itself), and has
	 * the profiles whose matches changed reindexed.
	 * @return those profiles
	 */
	@Transactional
	public Set<Long> rematch() {
		return this.matches.rematch(Set.of());
	}

	/**
	 * @throws InvalidInputException when a value breaks a rule, or a name is another venue's
	 */
	@Transactional
	public TopVenue create(VenueInput input) {
		Checked checked = check(input, null);
		TopVenue venue = new TopVenue(checked.acronym(), checked.fullName(), checked.aliases(), checked.field());
		try {
			venue = this.venues.saveAndFlush(venue);
		}
		catch (DataIntegrityViolationException ex) {
			throw new InvalidInputException("acronym", "admin.venues.error.taken", checked.acronym());
		}
		this.matches.rematch(Set.of());
		return venue;
	}

	/**
	 * @throws VenueNotFoundException when there is none of that id
	 * @throws org.springframework.dao.OptimisticLockingFailureException when it changed since that version
	 * @throws InvalidInputException when a value breaks a rule, or a name is another venue's
	 */
	@Transactional
	public VenueEdit update(long id, long basedOnVersion, VenueInput input) {
		TopVenue venue = find(id);
		Checked checked = check(input, venue);
		if (venue.getVersion() != basedOnVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(TopVenue.class, id);
		}
		List<Change> changes = new ArrayList<>();
		compare(changes, "acronym", venue.getAcronym(), checked.acronym());
		compare(changes, "fullName", venue.getFullName(), checked.fullName());
		compare(changes, "aliases", String.join("; ", venue.getAliases()), String.join("; ", checked.aliases()));
		compare(changes, "field", venue.getField().name(), checked.field().name());
		if (!changes.isEmpty()) {
			venue.change(checked.acronym(), checked.fullName(), checked.aliases(), checked.field());
			try {
				venue = this.venues.saveAndFlush(venue);
			}
			catch (DataIntegrityViolationException ex) {
				throw new InvalidInputException("acronym", "admin.venues.error.taken", checked.acronym());
			}
			// a venue moved to another field keeps its matches, but its papers count for another field now
			boolean fieldChanged = changes.stream().anyMatch(change -> change.field().equals("field"));
			this.matches.rematch(fieldChanged ? this.matches.accountsAt(id) : Set.of());
		}
		return new VenueEdit(venue, changes);
	}

	/**
	 * Removes the venue; publications that matched it are free text again (the column's foreign key sets null), and
	 * their profiles are reindexed.
	 * @throws VenueNotFoundException when there is none of that id
	 */
	@Transactional
	public TopVenue delete(long id) {
		TopVenue venue = find(id);
		Set<Long> matched = this.matches.accountsAt(id);
		this.venues.delete(venue);
		this.venues.flush();
		this.matches.rematch(matched);
		return venue;
	}

	private static void compare(List<Change> changes, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(field, before, after));
		}
	}

	private record Checked(String acronym, String fullName, List<String> aliases, VenueField field) {
	}

	private Checked check(VenueInput input, TopVenue editing) {
		List<InputProblem> problems = new ArrayList<>();
		String acronym = ProfileRules.strip(input.acronym());
		String fullName = ProfileRules.strip(input.fullName());
		String aliasText = ProfileRules.strip(input.aliases());
		if (acronym.isEmpty()) {
			problems.add(InputProblem.of("acronym", "admin.venues.error.required"));
		}
		else if (acronym.length() > MAX_ACRONYM_LENGTH || acronym.contains(";")) {
			problems.add(InputProblem.of("acronym", "admin.venues.error.acronym", MAX_ACRONYM_LENGTH));
		}
		if (fullName.isEmpty()) {
			problems.add(InputProblem.of("fullName", "admin.venues.error.required"));
		}
		else if (fullName.length() > MAX_FULL_NAME_LENGTH || fullName.contains(";")) {
			problems.add(InputProblem.of("fullName", "admin.venues.error.full-name", MAX_FULL_NAME_LENGTH));
		}
		Set<String> aliases = new LinkedHashSet<>();
		Arrays.stream(aliasText.split("[;\\n]"))
			.map(String::strip)
			.filter(alias -> !alias.isEmpty())
			.forEach(aliases::add);
		if (String.join(";", aliases).length() > MAX_ALIASES_LENGTH) {
			problems.add(InputProblem.of("aliases", "admin.venues.error.aliases", MAX_ALIASES_LENGTH));
		}
		if (input.field() == null) {
			problems.add(InputProblem.of("field", "admin.venues.error.field"));
		}
		if (problems.isEmpty()) {
			// a name that another venue already answers to would make matching depend on the order of the rows
			List<TopVenue> others = this.venues.findAll()
				.stream()
				.filter(venue -> editing == null || !venue.getId().equals(editing.getId()))
				.toList();
			VenueMatcher matcher = new VenueMatcher(others);
			List<String> names = new ArrayList<>(List.of(acronym, fullName));
			names.addAll(aliases);
			for (String name : names) {
				if (VenueMatcher.key(name).isEmpty()) {
					continue;
				}
				Optional<TopVenue> holder = matcher.holder(name);
				if (holder.isPresent()) {
					String field = name.equals(acronym) ? "acronym" : name.equals(fullName) ? "fullName" : "aliases";
					problems.add(InputProblem.of(field, "admin.venues.error.name-taken", name,
							holder.get().getAcronym()));
					break;
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(acronym, fullName, List.copyOf(aliases), input.field());
	}

}
