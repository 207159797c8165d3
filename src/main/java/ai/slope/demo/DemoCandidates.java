package ai.slope.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import ai.slope.accounts.Accounts;
import ai.slope.candidates.TopVenue;
import ai.slope.candidates.TopVenues;
import ai.slope.candidates.VenueMatcher;
import ai.slope.web.SkillTags;
import ai.slope.roles.RoleTaxonomy;
import ai.slope.roles.RoleType;
import ai.slope.roles.Seniority;
import ai.slope.salaries.ExchangeRates;

/**
 * Thousands of discoverable candidates for the recruiter search, written with PostgreSQL's COPY in the caller's
 * transaction (the demo data's, or the benchmark's): their accounts (demo accounts nobody can log in to: they share
 * the hash of a random password that is never kept), profiles, wanted role types and levels, skills,
 * publications (their top venues matched, about three in ten first-author), and issue 18's career positions, achievements and repositories ({@link DemoSignals}). The candidate index is rebuilt at the next start-up step, which finds it out of step.
 */
@Component
class DemoCandidates {

	private static final int BATCH = 2_000;

	private final DataSource dataSource;

	private final PasswordEncoder passwords;

	private final RoleTaxonomy taxonomy;

	private final ExchangeRates rates;

	private final java.time.Clock clock;

	private final TopVenues venues;

	DemoCandidates(DataSource dataSource, PasswordEncoder passwords, RoleTaxonomy taxonomy, ExchangeRates rates,
			TopVenues venues, java.time.Clock clock) {
		this.venues = venues;
		this.clock = clock;
		this.dataSource = dataSource;
		this.passwords = passwords;
		this.taxonomy = taxonomy;
		this.rates = rates;
	}

	/**
	 * Writes {@code count} candidates, numbered from {@code firstIndex} (their e-mail addresses carry the number).
	 */
	void create(int firstIndex, int count, Random random) {
		List<RoleContent> roles = new ArrayList<>();
		for (RoleType type : this.taxonomy.roleTypes()) {
			if (RoleContent.exists(type)) {
				roles.add(RoleContent.read(type));
			}
		}
		ProfileWriter writer = new ProfileWriter(roles, this.rates, random);
		String hash = this.passwords.encode(UUID.randomUUID() + "-Aa1!");
		VenueMatcher matcher = this.venues.matcher();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int done = 0; done < count; done += BATCH) {
				int size = Math.min(BATCH, count - done);
				long firstId = reserveAccountIds(connection, size);
				List<ProfileWriter.Profile> profiles = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					profiles.add(writer.write(firstIndex + done + i));
				}
				write(copy, profiles, firstId, hash, java.time.YearMonth.now(this.clock), matcher);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not write the demo candidates", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** The first of {@code size} account ids taken from the account table's sequence. */
	private static long reserveAccountIds(Connection connection, int size) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select setval(pg_get_serial_sequence('account', 'id'), "
						+ "nextval(pg_get_serial_sequence('account', 'id')) + " + (size - 1) + ")")) {
			result.next();
			return result.getLong(1) - size + 1;
		}
	}

	private static void write(CopyManager copy, List<ProfileWriter.Profile> profiles, long firstId, String hash,
			java.time.YearMonth now, VenueMatcher matcher) throws SQLException, IOException {
		StringBuilder positions = new StringBuilder();
		StringBuilder achievements = new StringBuilder();
		StringBuilder repositories = new StringBuilder();
		StringBuilder accounts = new StringBuilder();
		StringBuilder rows = new StringBuilder();
		StringBuilder roleTypes = new StringBuilder();
		StringBuilder levels = new StringBuilder();
		StringBuilder skills = new StringBuilder();
		StringBuilder papers = new StringBuilder();
		for (int i = 0; i < profiles.size(); i++) {
			ProfileWriter.Profile p = profiles.get(i);
			long id = firstId + i;
			row(accounts, id, p.email(), Accounts.emailKey(p.email()), p.name(), hash, "SEEKER", "en", true);
			row(rows, id, p.headline(), p.summary(), p.country(), p.city(), p.remote(), p.relocation(), p.years(),
					p.minimumSalary(), p.currency(), p.minimumSalaryUsd(), p.github(), p.scholar(), p.huggingFace(),
					p.linkedin(), true);
			for (Long roleTypeId : p.roleTypeIds()) {
				row(roleTypes, id, roleTypeId);
			}
			for (Seniority level : p.seniorities()) {
				row(levels, id, level.name());
			}
			int position = 0;
			for (SkillTags.Skill skill : p.skills()) {
				row(skills, id, position++, skill.tag(), skill.display());
			}
			// the top venue matched as a save would match it; first author of about three papers in ten, derived
			// from the candidate's number so that the profiles' other values stay as they were
			Random authorship = new Random(id * 31 + 36);
			for (ProfileWriter.Paper paper : p.papers()) {
				Long venueId = matcher.match(paper.venue()).map(TopVenue::getId).orElse(null);
				row(papers, id, paper.title(), paper.venue(), paper.year(), paper.citations(),
						authorship.nextDouble() < 0.3, venueId);
			}
			String handle = p.email().substring(0, p.email().indexOf('@')).replaceAll("[^A-Za-z0-9-]", "-");
			DemoSignals.write(id, p.years(), handle, now, new DemoSignals.Rows() {

				@Override
				public void position(String title, String company, Seniority level, java.time.YearMonth start,
						java.time.YearMonth end) {
					row(positions, id, title, company, level.name(), start.atDay(1), (end != null) ? end.atDay(1) : null);
				}

				@Override
				public void achievement(String kind, String name, int year, String medal, Integer rating, String tier) {
					row(achievements, id, kind, name, year, medal, rating, tier);
				}

				@Override
				public void repository(String url, String role, String stars) {
					row(repositories, id, url, role, stars);
				}

			});
		}
		copy.copyIn("COPY account (id, email, email_key, display_name, password_hash, role, language, demo) FROM STDIN (FORMAT csv)",
				new StringReader(accounts.toString()));
		copy.copyIn("COPY candidate_profile (account_id, headline, summary, country, city, open_to_remote, "
				+ "open_to_relocation, years_of_experience, minimum_salary, salary_currency, minimum_salary_usd, "
				+ "github_url, scholar_url, hugging_face_url, linkedin_url, discoverable) FROM STDIN (FORMAT csv)",
				new StringReader(rows.toString()));
		copy.copyIn("COPY candidate_wanted_role_type (account_id, role_type_id) FROM STDIN (FORMAT csv)",
				new StringReader(roleTypes.toString()));
		copy.copyIn("COPY candidate_wanted_seniority (account_id, seniority) FROM STDIN (FORMAT csv)",
				new StringReader(levels.toString()));
		copy.copyIn("COPY candidate_skill (account_id, position, tag, display) FROM STDIN (FORMAT csv)",
				new StringReader(skills.toString()));
		copy.copyIn("COPY candidate_publication (account_id, title, venue, year, citations, first_author, top_venue_id) "
				+ "FROM STDIN (FORMAT csv)",
				new StringReader(papers.toString()));
		copy.copyIn("COPY candidate_position (account_id, title, company, seniority, start_month, end_month) "
				+ "FROM STDIN (FORMAT csv)", new StringReader(positions.toString()));
		copy.copyIn("COPY candidate_achievement (account_id, kind, name, year, medal, rating, tier) FROM STDIN (FORMAT csv)",
				new StringReader(achievements.toString()));
		copy.copyIn("COPY candidate_repository (account_id, url, role, stars) FROM STDIN (FORMAT csv)",
				new StringReader(repositories.toString()));
	}

	private static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			if (values[i] != null) {
				out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}

}
