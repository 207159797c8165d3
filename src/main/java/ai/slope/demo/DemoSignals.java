package ai.slope.demo;

import java.time.YearMonth;
import java.util.Random;

import ai.slope.roles.Seniority;

/**
 * Issue 18's signals for a demo candidate, at rates that look like Slope's seekers: about seven in ten give their
 * career (positions that climb a level every one and a half to four years up to where their years of experience
 * put them), about one in eleven an achievement (an olympiad medal, a Codeforces rating, a Kaggle tier, an award),
 * one in four an open-source repository, and one in twenty maintains one. Each is derived from the candidate's
 * number, so a demo database is the same every time.
 */
final class DemoSignals {

	private static final String[] COMPANIES = { "Northwind AI", "Lumen Labs", "Quanta Robotics", "Bluefin Data",
			"Helix Systems", "Cobalt Vision", "Orbital Compute", "Tessellate", "Meridian Health AI", "Kestrel Labs" };

	private static final String[] PROJECTS = { "fast-attention", "tiny-llm", "vision-kit", "rl-gym-extras",
			"tokenizers-plus", "graph-nets", "speech-toolkit", "eval-harness", "quantize-it", "data-juicer" };

	/** One row of a table, as COPY takes it. */
	interface Rows {

		void position(String title, String company, Seniority level, YearMonth start, YearMonth end);

		void achievement(String kind, String name, int year, String medal, Integer rating, String tier);

		void repository(String url, String role, String stars);

	}

	private DemoSignals() {
	}

	static void write(long id, int years, String handle, YearMonth now, Rows rows) {
		Random r = new Random(id * 7919 + 18);
		if (years > 0 && r.nextDouble() < 0.7) {
			career(r, years, now, rows);
		}
		double a = r.nextDouble();
		int year = now.getYear() - 1 - r.nextInt(Math.max(1, Math.min(years + 6, 15)));
		if (a < 0.015) {
			String[] kinds = { "IMO", "IOI", "IPHO" };
			String[] medals = { "GOLD", "SILVER", "BRONZE", "BRONZE", "HONOURABLE_MENTION" };
			rows.achievement(kinds[r.nextInt(3)], "", year, medals[r.nextInt(medals.length)], null, null);
		}
		else if (a < 0.045) {
			rows.achievement("CODEFORCES", "", year, null, 1600 + r.nextInt(1200), null);
		}
		else if (a < 0.075) {
			String[] tiers = { "CONTRIBUTOR", "EXPERT", "EXPERT", "MASTER", "GRANDMASTER" };
			rows.achievement("KAGGLE", "", year, null, null, tiers[r.nextInt(tiers.length)]);
		}
		else if (a < 0.09) {
			rows.achievement("AWARD", "Best Paper Award", year, null, null, null);
		}
		double o = r.nextDouble();
		if (o < 0.25) {
			boolean maintainer = o < 0.05;
			String[] stars = { "UNDER_100", "UNDER_100", "OVER_100", "OVER_100", "OVER_1K", "OVER_10K", "OVER_50K" };
			String band = stars[Math.min(stars.length - 1, (int) Math.floor(Math.abs(r.nextGaussian()) * 2.5))];
			String project = PROJECTS[r.nextInt(PROJECTS.length)];
			rows.repository(r.nextDouble() < 0.85 ? "https://github.com/" + handle + "/" + project
					: "https://huggingface.co/" + handle + "/" + project, maintainer ? "MAINTAINER" : "CONTRIBUTOR", band);
		}
	}

	private static void career(Random r, int years, YearMonth now, Rows rows) {
		YearMonth start = now.minusMonths(years * 12L + r.nextInt(12));
		Seniority level = (r.nextDouble() < 0.2) ? Seniority.INTERN : Seniority.ENTRY;
		Seniority target = ProfileWriter.seniority(years);
		String company = COMPANIES[r.nextInt(COMPANIES.length)];
		while (true) {
			boolean last = level.compareTo(target) >= 0;
			YearMonth end = last ? null : start.plusMonths(18 + r.nextInt(30));
			if (end != null && !end.isBefore(now)) {
				end = null;
				last = true;
			}
			rows.position(title(level), company, level, start, end);
			if (last) {
				return;
			}
			start = end.plusMonths(r.nextDouble() < 0.15 ? 2 + r.nextInt(10) : 1);
			if (!start.isBefore(now)) {
				return;
			}
			if (r.nextDouble() < 0.4) {
				company = COMPANIES[r.nextInt(COMPANIES.length)];
			}
			level = Seniority.values()[Math.min(level.ordinal() + 1, Seniority.DIRECTOR.ordinal())];
		}
	}

	private static String title(Seniority level) {
		return switch (level) {
			case INTERN -> "Machine learning intern";
			case ENTRY -> "Machine learning engineer";
			case MID -> "Machine learning engineer II";
			case SENIOR -> "Senior machine learning engineer";
			case STAFF -> "Staff machine learning engineer";
			case PRINCIPAL -> "Principal engineer";
			case DIRECTOR -> "Director of machine learning";
		};
	}

}
