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
	 * A group’s figures: its count and, when it has at least {@code minRecords} records, its percentiles in whole
	 * US dollars a year; otherwise {@code percentiles} is null and {@code hidden} says why.
	 */
	record Figures(long count, Map<String, Long> percentiles, String hidden) {

		static Figures of(SalaryStats.Figures figures) {
			if (!figures.isShown()) {
				return new Figures(figures.count(), null, "fewer than " + SalaryStats.MIN_RECORDS
						+ " approved records: not shown, so that no one's pay can be read off the figures");
			}
			Map<String, Long> percentiles = new LinkedHashMap<>();
			for (int i = 0; i < SalaryStats.PERCENTILES.size(); i++) {
				percentiles.put("p" + SalaryStats.PERCENTILES.get(i), figures.percentiles().get(i));
			}
			return new Figures(figures.count(), percentiles, null);
		}

	}

	record Query(String roleType, String level, String country, Integer from, Integer to, Integer remote) {
	}

	record LevelFigures(String level, Figures figures) {
	}

	record YearFigures(int year, Figures figures) {
	}

	record Stats(Query query, String currency, int minRecords, Figures figures, List<LevelFigures> byLevel,
			List<YearFigures> byYear) {
	}

	@GetMapping("/api/v1/salaries/stats")
	@Operation(summary = "Percentiles of yearly pay in US dollars",
			description = "Count and 10th, 25th, 50th, 75th and 90th percentiles of the approved salary records that "
					+ "match, with the same by experience level and by year. Groups of fewer than 5 records are "
					+ "counted but their percentiles are not given.")
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
				"USD", SalaryStats.MIN_RECORDS, Figures.of(overview.figures()),
				overview.byLevel().stream().map(g -> new LevelFigures(g.key().name(), Figures.of(g.figures()))).toList(),
				overview.byYear().stream().map(g -> new YearFigures(g.key(), Figures.of(g.figures()))).toList());
	}

	static String levelName(ExperienceLevel level) {
		return level.name();
	}

}
