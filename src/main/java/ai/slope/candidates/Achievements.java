package ai.slope.candidates;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ai.slope.web.InputProblem;
import ai.slope.web.InvalidInputException;

/**
 * The achievements on a seeker's profile. A value that does not apply to the kind (a rating for an olympiad, a
 * medal for Kaggle) is not kept; the ones that do are required where the kind means nothing without them (a
 * Codeforces rating, a Kaggle tier, the name of a national olympiad or an award). Only the owner changes them.
 */
@Service
public class Achievements {

	private static final Logger log = LoggerFactory.getLogger(Achievements.class);

	public static final int MAX_NAME_LENGTH = 200;

	public static final int MAX_RANK_LENGTH = 100;

	public static final int MIN_YEAR = 1950;

	public static final int MAX_RATING = 5000;

	public static final int MAX_ACHIEVEMENTS = 50;

	private final AchievementRepository achievements;

	private final CandidateProfileRepository profiles;

	private final CandidateIndex index;

	private final Clock clock;

	Achievements(AchievementRepository achievements, CandidateProfileRepository profiles, CandidateIndex index,
			Clock clock) {
		this.achievements = achievements;
		this.profiles = profiles;
		this.index = index;
		this.clock = clock;
	}

	/** An achievement as the form sends it, typed. */
	public record AchievementInput(AchievementKind kind, String name, Integer year, Medal medal, Integer rating,
			KaggleTier tier, String rank) {
	}

	record Checked(AchievementKind kind, String name, int year, Medal medal, Integer rating, KaggleTier tier,
			String rank) {
	}

	/** The account's achievements, newest first. */
	@Transactional(readOnly = true)
	public List<Achievement> of(long accountId) {
		return this.achievements.findByAccountIdOrderByYearDescIdDesc(accountId);
	}

	/**
	 * @throws AchievementNotFoundException when the account has none of that id
	 */
	@Transactional(readOnly = true)
	public Achievement find(long accountId, long id) {
		return this.achievements.findByIdAndAccountId(id, accountId).orElseThrow(AchievementNotFoundException::new);
	}

	@Transactional
	public Achievement add(long accountId, AchievementInput input) {
		Checked checked = check(input);
		if (this.achievements.countByAccountId(accountId) >= MAX_ACHIEVEMENTS) {
			throw new InvalidInputException(null, "candidates.error.achievement.too-many", MAX_ACHIEVEMENTS);
		}
		this.profiles.createIfMissing(accountId);
		Achievement achievement = new Achievement(accountId, this.clock.instant());
		achievement.change(checked);
		achievement = this.achievements.save(achievement);
		this.index.refresh(accountId);
		log.info("Account {} added achievement {}", accountId, achievement.getId());
		return achievement;
	}

	/**
	 * @throws ProfileChangedException when it was changed since that version
	 */
	@Transactional
	public Achievement update(long accountId, long id, long basedOnVersion, AchievementInput input) {
		Achievement achievement = find(accountId, id);
		Checked checked = check(input);
		if (achievement.getVersion() != basedOnVersion) {
			throw new ProfileChangedException();
		}
		achievement.change(checked);
		achievement = this.achievements.saveAndFlush(achievement);
		this.index.refresh(accountId);
		return achievement;
	}

	@Transactional
	public Achievement remove(long accountId, long id) {
		Achievement achievement = find(accountId, id);
		this.achievements.delete(achievement);
		this.index.refresh(accountId);
		return achievement;
	}

	private Checked check(AchievementInput input) {
		List<InputProblem> problems = new ArrayList<>();
		AchievementKind kind = input.kind();
		if (kind == null) {
			problems.add(InputProblem.of("kind", "candidates.error.achievement.kind"));
		}
		String name = ProfileRules.strip(input.name());
		if (kind != null && kind.needsName() && name.isEmpty()) {
			problems.add(InputProblem.of("name", "candidates.error.achievement.name"));
		}
		else if (name.length() > MAX_NAME_LENGTH) {
			problems.add(InputProblem.of("name", "candidates.error.achievement.too-long", MAX_NAME_LENGTH));
		}
		int thisYear = Year.now(this.clock).getValue();
		if (input.year() == null || input.year() < MIN_YEAR || input.year() > thisYear) {
			problems.add(InputProblem.of("year", "candidates.error.achievement.year", String.valueOf(MIN_YEAR),
					String.valueOf(thisYear)));
		}
		if (kind == AchievementKind.CODEFORCES && (input.rating() == null || input.rating() < 0
				|| input.rating() > MAX_RATING)) {
			problems.add(InputProblem.of("rating", "candidates.error.achievement.rating", MAX_RATING));
		}
		if (kind == AchievementKind.KAGGLE && input.tier() == null) {
			problems.add(InputProblem.of("tier", "candidates.error.achievement.tier"));
		}
		String rank = ProfileRules.strip(input.rank());
		if (rank.length() > MAX_RANK_LENGTH) {
			problems.add(InputProblem.of("rank", "candidates.error.achievement.too-long", MAX_RANK_LENGTH));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new Checked(kind, kind.needsName() ? name : "", input.year(), kind.hasMedal() ? input.medal() : null,
				(kind == AchievementKind.CODEFORCES) ? input.rating() : null,
				(kind == AchievementKind.KAGGLE) ? input.tier() : null, rank);
	}

}
