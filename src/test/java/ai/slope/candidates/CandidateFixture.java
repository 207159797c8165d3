package ai.slope.candidates;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import ai.slope.accounts.Account;
import ai.slope.accounts.AccountFixture;
import ai.slope.accounts.Accounts;
import ai.slope.accounts.Role;
import ai.slope.accounts.WebSession;

/**
 * Job seekers, their profiles and their logged-in browsers, made through the real services.
 */
@Component
public class CandidateFixture {

	private final Accounts accounts;

	private final CandidateProfiles profiles;

	private final Publications publications;

	CandidateFixture(Accounts accounts, CandidateProfiles profiles, Publications publications) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.publications = publications;
	}

	/**
	 * A seeker with a discoverable profile, made from a builder that starts as {@link #input}: headline, DE,
	 * Berlin, open to remote, 4 years, research engineer, senior.
	 */
	public Discoverable discoverable(String headline, String skills) {
		return new Discoverable(headline, skills);
	}

	/** A discoverable profile to be made; {@link #save()} makes it. */
	public final class Discoverable {

		private String headline;

		private String skills;

		private String summary = "";

		private String country = "DE";

		private boolean remote = true;

		private boolean relocation;

		private String years = "4";

		private List<String> roleTypes = List.of("research-engineer");

		private List<String> seniorities = List.of("SENIOR");

		private String salary = "";

		private String currency = "";

		private String github = "";

		private String scholar = "";

		private String huggingFace = "";

		private final List<Integer> citations = new java.util.ArrayList<>();

		private final List<String> titles = new java.util.ArrayList<>();

		Discoverable(String headline, String skills) {
			this.headline = headline;
			this.skills = skills;
		}

		public Discoverable summary(String value) {
			this.summary = value;
			return this;
		}

		public Discoverable country(String value) {
			this.country = value;
			return this;
		}

		public Discoverable remote(boolean value) {
			this.remote = value;
			return this;
		}

		public Discoverable relocation(boolean value) {
			this.relocation = value;
			return this;
		}

		public Discoverable years(int value) {
			this.years = String.valueOf(value);
			return this;
		}

		public Discoverable roleTypes(String... slugs) {
			this.roleTypes = List.of(slugs);
			return this;
		}

		public Discoverable seniorities(String... levels) {
			this.seniorities = List.of(levels);
			return this;
		}

		public Discoverable salary(int amount, String currencyCode) {
			this.salary = String.valueOf(amount);
			this.currency = currencyCode;
			return this;
		}

		public Discoverable github(String user) {
			this.github = "github.com/" + user;
			return this;
		}

		public Discoverable scholar(String id) {
			this.scholar = "https://scholar.google.com/citations?user=" + id;
			return this;
		}

		public Discoverable huggingFace(String user) {
			this.huggingFace = "huggingface.co/" + user;
			return this;
		}

		/** One publication of that title and number of citations. */
		public Discoverable paper(String title, int citationCount) {
			this.titles.add(title);
			this.citations.add(citationCount);
			return this;
		}

		/** {@code count} publications with {@code each} citations each: an h-index of min(count, each). */
		public Discoverable papers(int count, int each) {
			for (int i = 0; i < count; i++) {
				paper("Paper " + (this.titles.size() + 1), each);
			}
			return this;
		}

		public Account save() {
			Account seeker = seeker();
			CandidateFixture.this.profiles.save(seeker.getId(), null,
					new CandidateProfiles.ProfileInput(this.headline, this.summary, this.country, "", this.remote,
							this.relocation, this.years, this.roleTypes, this.seniorities, this.salary, this.currency,
							this.skills, this.github, this.scholar, this.huggingFace, "", ""));
			for (int i = 0; i < this.titles.size(); i++) {
				CandidateFixture.this.publications.add(seeker.getId(), new Publications.PublicationInput(
						this.titles.get(i), "NeurIPS", "2023", String.valueOf(this.citations.get(i)), ""));
			}
			CandidateFixture.this.profiles.setDiscoverable(seeker.getId(), true);
			return seeker;
		}

	}

	public Publications publications() {
		return this.publications;
	}

	public Account seeker() {
		return AccountFixture.create(this.accounts, Role.SEEKER);
	}

	public Account seeker(Locale language) {
		return AccountFixture.create(this.accounts, Role.SEEKER, language);
	}

	public Account account(Role role) {
		return AccountFixture.create(this.accounts, role);
	}

	/**
	 * A profile with a headline, a country and the given skills.
	 */
	public CandidateProfile profile(Account seeker, String headline, String skills) {
		return this.profiles.save(seeker.getId(), null, input(headline, skills));
	}

	public static CandidateProfiles.ProfileInput input(String headline, String skills) {
		return new CandidateProfiles.ProfileInput(headline, "", "DE", "Berlin", true, false, "4",
				List.of("research-engineer"), List.of("SENIOR"), "", "", skills, "", "", "", "", "");
	}

	/**
	 * A recruiter's browser, or the first admin's (the one admin of the shared test context: tests count it),
	 * logged in and on their account page.
	 */
	public WebSession browserOf(MockMvc mvc, Role role) throws Exception {
		WebSession browser = (role == Role.ADMIN) ? WebSession.loggedInAsAdmin(mvc)
				: WebSession.loggedInAs(mvc, account(role));
		browser.page("/account");
		return browser;
	}

}
