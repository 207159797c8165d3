package ai.slope.candidates;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.roles.Seniority;
import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The positions of a seeker's career, and the growth computed from them ({@link CareerGrowth}). Only the owner
 * adds, changes or removes them; someone else's position is as unknown as one that does not exist.
 */
@Service
public class CareerPositions {

	private static final Logger log = LoggerFactory.getLogger(CareerPositions.class);

	public static final int MAX_TEXT_LENGTH = 120;

	public static final int MAX_POSITIONS = 50;

	static final YearMonth EARLIEST = YearMonth.of(1950, 1);

	private final CareerPositionRepository positions;

	private final CandidateProfileRepository profiles;

	private final CandidateIndex index;

	private final Clock clock;

	CareerPositions(CareerPositionRepository positions, CandidateProfileRepository profiles, CandidateIndex index,
			Clock clock) {
		this.positions = positions;
		this.profiles = profiles;
		this.index = index;
		this.clock = clock;
	}

	/**
	 * A position as the form sends it, typed.
	 * @param end null while the seeker holds it
	 */
	public record PositionInput(String title, String company, Seniority seniority, YearMonth start, YearMonth end) {
	}

	/** The account's positions, latest start first. */
	@Transactional(readOnly = true)
	public List<CareerPosition> of(long accountId) {
		return this.positions.findByAccountIdOrderByStartMonthDescIdDesc(accountId);
	}

	/** The growth of the account's career; empty without positions. */
	@Transactional(readOnly = true)
	public Optional<CareerGrowth> growth(long accountId) {
		return CareerGrowth.of(of(accountId).stream().map(CareerPosition::step).toList());
	}

	/**
	 * @throws PositionNotFoundException when the account has no position of that id
	 */
	@Transactional(readOnly = true)
	public CareerPosition find(long accountId, long positionId) {
		return this.positions.findByIdAndAccountId(positionId, accountId).orElseThrow(PositionNotFoundException::new);
	}

	/**
	 * Adds a position (and an empty profile, if the account has none yet).
	 * @throws InvalidInputException when the input breaks a rule, or the profile has the most positions it may have
	 */
	@Transactional
	public CareerPosition add(long accountId, PositionInput input) {
		check(input);
		if (this.positions.countByAccountId(accountId) >= MAX_POSITIONS) {
			throw new InvalidInputException(null, "candidates.error.position.too-many", MAX_POSITIONS);
		}
		this.profiles.createIfMissing(accountId);
		CareerPosition position = new CareerPosition(accountId, this.clock.instant());
		position.change(input);
		position = this.positions.save(position);
		this.index.refresh(accountId);
		log.info("Account {} added position {}", accountId, position.getId());
		return position;
	}

	/**
	 * @throws PositionNotFoundException when the account has no position of that id
	 * @throws ProfileChangedException when it was changed since that version
	 * @throws InvalidInputException when the input breaks a rule
	 */
	@Transactional
	public CareerPosition update(long accountId, long positionId, long basedOnVersion, PositionInput input) {
		CareerPosition position = find(accountId, positionId);
		check(input);
		if (position.getVersion() != basedOnVersion) {
			throw new ProfileChangedException();
		}
		position.change(input);
		position = this.positions.saveAndFlush(position);
		this.index.refresh(accountId);
		log.info("Account {} changed position {}", accountId, positionId);
		return position;
	}

	/**
	 * @throws PositionNotFoundException when the account has no position of that id
	 */
	@Transactional
	public CareerPosition remove(long accountId, long positionId) {
		CareerPosition position = find(accountId, positionId);
		this.positions.delete(position);
		this.index.refresh(accountId);
		log.info("Account {} removed position {}", accountId, positionId);
		return position;
	}

	private void check(PositionInput input) {
		List<InputProblem> problems = new ArrayList<>();
		text(problems, "title", input.title());
		text(problems, "company", input.company());
		if (input.seniority() == null) {
			problems.add(InputProblem.of("seniority", "candidates.error.position.seniority"));
		}
		YearMonth now = YearMonth.now(this.clock);
		if (input.start() == null) {
			problems.add(InputProblem.of("start", "candidates.error.position.start.required"));
		}
		else if (input.start().isBefore(EARLIEST) || input.start().isAfter(now)) {
			problems.add(InputProblem.of("start", "candidates.error.position.month", EARLIEST.toString(), now.toString()));
		}
		if (input.end() != null) {
			if (input.end().isBefore(EARLIEST) || input.end().isAfter(now)) {
				problems.add(InputProblem.of("end", "candidates.error.position.month", EARLIEST.toString(), now.toString()));
			}
			else if (input.start() != null && input.end().isBefore(input.start())) {
				problems.add(InputProblem.of("end", "candidates.error.position.end.before-start"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void text(List<InputProblem> problems, String field, String value) {
		String text = ProfileRules.strip(value);
		if (text.isEmpty()) {
			problems.add(InputProblem.of(field, "candidates.error.position." + field + ".required"));
		}
		else if (text.length() > MAX_TEXT_LENGTH) {
			problems.add(InputProblem.of(field, "candidates.error.position.too-long", MAX_TEXT_LENGTH));
		}
	}

}
