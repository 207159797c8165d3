package ai.slope.salaries.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import ai.slope.roles.RoleTaxonomy;
import ai.slope.salaries.ExperienceLevel;
import ai.slope.salaries.SalaryStats;
import ai.slope.web.Choice;
import ai.slope.web.Countries;
import ai.slope.web.VisitorPage;

/**
 * The salary explorer, {@code /salaries}, for everyone: the count and percentiles of yearly pay in US dollars
 * for a role type, experience level, country, years and remote ratio, with a chart by level and the trend by
 * year. Only what {@link SalaryStats} publishes is shown, and the page says why the rest is not.
 */
@Controller
class SalaryExplorerController {

	static final String VIEW = "salaries/explorer";

	private final SalaryStats stats;

	private final ExplorerParameters parameters;

	private final SalaryCharts charts;

	private final RoleTaxonomy roles;

	private final Countries countries;

	SalaryExplorerController(SalaryStats stats, ExplorerParameters parameters, SalaryCharts charts,
			RoleTaxonomy roles, Countries countries) {
		this.stats = stats;
		this.parameters = parameters;
		this.charts = charts;
		this.roles = roles;
		this.countries = countries;
	}


	static String jsonUrl(ai.slope.salaries.SalaryQuery query) {
		org.springframework.web.util.UriComponentsBuilder url = org.springframework.web.util.UriComponentsBuilder
			.fromPath("/api/v1/salaries/stats");
		if (query.roleType() != null) {
			url.queryParam("roleType", query.roleType());
		}
		if (query.level() != null) {
			url.queryParam("level", query.level().name());
		}
		if (query.country() != null) {
			url.queryParam("country", query.country());
		}
		if (query.yearFrom() != null) {
			url.queryParam("from", query.yearFrom());
		}
		if (query.yearTo() != null) {
			url.queryParam("to", query.yearTo());
		}
		if (query.remoteRatio() != null) {
			url.queryParam("remote", query.remoteRatio());
		}
		return url.build().encode().toUriString();
	}

	@GetMapping("/salaries")
	@VisitorPage
	String showExplorer(@ModelAttribute("form") ExplorerForm form, Model model, Locale locale,
			HttpServletResponse response) {
		ExplorerParameters.Parsed parsed = this.parameters.parse(form);
		model.addAttribute("errors", parsed.errors());
		model.addAttribute("query", parsed.query());
		model.addAttribute("minRecords", SalaryStats.MIN_RECORDS);
		// figures for a half-applied filter would be read as the answer to the whole form: none are shown
		if (parsed.errors().isEmpty()) {
			SalaryStats.Overview overview = this.stats.overview(parsed.query());
			model.addAttribute("overview", overview);
			model.addAttribute("percentileLevels", SalaryStats.PERCENTILES);
			model.addAttribute("jsonUrl", jsonUrl(parsed.query()));
			model.addAttribute("levelCharts", this.charts.levels(overview.byLevel(), parsed.query().level(), locale));
			model.addAttribute("yearCharts", this.charts.years(overview.byYear(), locale));
		}
		else {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("roleTypes", this.roles.roleTypes()
			.stream()
			.map(type -> Choice.of(type.getSlug(), type.name(locale)))
			.toList());
		model.addAttribute("levels", Choice.of(ExperienceLevel::messageKey, ExperienceLevel.values()));
		List<Choice> countryChoices = new ArrayList<>();
		for (Map.Entry<String, Long> country : this.stats.countries().entrySet()) {
			countryChoices.add(Choice.of(country.getKey(), this.countries.name(country.getKey(), locale)));
		}
		countryChoices.sort(Comparator.comparing(Choice::label, java.text.Collator.getInstance(locale)));
		model.addAttribute("countryChoices", countryChoices);
		List<Integer> years = new ArrayList<>();
		this.stats.years().ifPresent(range -> {
			for (int year = range[1]; year >= range[0]; year--) {
				years.add(year);
			}
		});
		model.addAttribute("years", years.stream().map(year -> Choice.of(year.toString(), year.toString())).toList());
		model.addAttribute("remoteRatios", Stream.of("0", "50", "100")
			.map(ratio -> Choice.keyed(ratio, "salaries.remote." + ratio))
			.toList());
		model.addAttribute("roleName", (parsed.query().roleType() == null) ? null
				: this.roles.roleType(parsed.query().roleType()).map(type -> type.name(locale)).orElse(null));
		model.addAttribute("countryName", (parsed.query().country() == null) ? null
				: this.countries.name(parsed.query().country(), locale));
		return VIEW;
	}

}
