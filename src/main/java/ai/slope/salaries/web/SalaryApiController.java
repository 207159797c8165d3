package ai.slope.salaries.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryQuery;
import ai.slope.salaries.SalaryStats;
import ai.slope.web.BadRequestException;

/**
 * The explorer’s figures as JSON, with the same parameters as {@code /salaries}.
 */
@RestController
class SalaryApiController {

	private final SalaryStats stats;

	private final ExplorerParameters parameters;

	SalaryApiController(SalaryStats stats, ExplorerParameters parameters) {
		this.stats = stats;
		this.parameters = parameters;
	}

	/**
	 * A group’s figures: its count and its percentiles in whole US dollars a year, multiples of {@code step}; a
	 * percentile that is not published is null, and {@code hidden} says why; {@code percentiles} is null when none
	 * is.
	 */
	record Figures(long count, Map<String, Long> percentiles, String hidden) {

		static final String WHY = "a percentile is given only from " + SalaryStats.MIN_RECORDS
				+ " approved records (the median), 20 (the quartiles) or 50 (the 10th and 90th), and only when one "
				+ "record more or less would move it by at most " + SalaryStats.STEP
				+ " USD: so that no one's pay can be read off the figures";

		static Figures of(SalaryStats.Figures figures) {
			if (!figures.isShown()) {
				return new Figures(figures.count(), null, WHY);
			}
			Map<String, Long> percentiles = new LinkedHashMap<>();
			for (int i = 0; i < SalaryStats.PERCENTILES.size(); i++) {
				percentiles.put("p" + SalaryStats.PERCENTILES.get(i), figures.percentiles().get(i));
			}
			return new Figures(figures.count(), percentiles, figures.isComplete() ? null : WHY);
		}

	}

	record Query(String roleType, String level, String country, Integer from, Integer to, Integer remote) {
	}

	record LevelFigures(String level, Figures figures) {
	}

	record YearFigures(int year, Figures figures) {
	}

	/**
	 * @param minRecords the fewest records for any percentile (the median)
	 * @param step what every amount is rounded to, in US dollars
	 */
	record Stats(Query query, String currency, int minRecords, int step, Figures figures, List<LevelFigures> byLevel,
			List<YearFigures> byYear) {
	}

	@GetMapping("/api/v1/salaries/stats")
	@Operation(summary = "Percentiles of yearly pay in US dollars",
			description = "Count and 10th, 25th, 50th, 75th and 90th percentiles of the approved salary records that "
					+ "match, with the same by experience level and by year, rounded to the nearest 5,000 USD. A "
					+ "percentile is given only from 10 records (median), 20 (quartiles) or 50 (10th and 90th), and "
					+ "only when one record more or less would move it by at most 5,000 USD; otherwise it is null.")
	Stats stats(@Parameter(description = "role type slug, see /api/v1/role-types") @RequestParam(required = false) String roleType,
			@Parameter(description = "EN, MI, SE or EX") @RequestParam(required = false) String level,
			@Parameter(description = "country of residence, ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
			@Parameter(description = "first year") @RequestParam(required = false) String from,
			@Parameter(description = "last year") @RequestParam(required = false) String to,
			@Parameter(description = "remote ratio: 0, 50 or 100") @RequestParam(required = false) String remote) {
		ExplorerParameters.Parsed parsed = this.parameters
			.parse(new ExplorerForm(roleType, level, country, from, to, remote));
		if (!parsed.errors().isEmpty()) {
			throw new BadRequestException(parsed.errors());
		}
		SalaryQuery query = parsed.query();
		SalaryStats.Overview overview = this.stats.overview(query);
		return new Stats(
				new Query(query.roleType(), (query.level() != null) ? query.level().name() : null, query.country(),
						query.yearFrom(), query.yearTo(), query.remoteRatio()),
				"USD", SalaryStats.MIN_RECORDS, SalaryStats.STEP, Figures.of(overview.figures()),
				overview.byLevel().stream().map(g -> new LevelFigures(g.key().name(), Figures.of(g.figures()))).toList(),
				overview.byYear().stream().map(g -> new YearFigures(g.key(), Figures.of(g.figures()))).toList());
	}

	static String levelName(ExperienceLevel level) {
		return level.name();
	}

}
