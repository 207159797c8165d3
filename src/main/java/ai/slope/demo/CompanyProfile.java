package ai.slope.demo;

import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

import ai.slope.companies.Company;
import ai.slope.companies.SizeBand;
import ai.slope.jobs.Slugs;

/**
 * A fictional company of the demo data, with what kind of AI company it is.
 */
record CompanyProfile(String name, SizeBand size, String country, String city, Kind kind, String description) {

	/** What a company does, which decides the roles it hires for most. */
	enum Kind {

		LAB, BIG_TECH, STARTUP, CHIPS, APPLIED, TOOLS, POLICY

	}

	static List<CompanyProfile> readAll() {
		return DemoFiles.csv("demo/companies.csv").stream().map(CompanyProfile::of).toList();
	}

	private static CompanyProfile of(CSVRecord row) {
		return new CompanyProfile(row.get("name"), SizeBand.valueOf(row.get("size")), row.get("country"),
				row.get("city"), Kind.valueOf(row.get("kind")), row.get("description"));
	}

	String slug() {
		return Slugs.of(this.name);
	}

	Company toCompany(Instant now) {
		return new Company(slug(), this.name, "https://" + slug() + ".example", this.description, this.size,
				this.country, now);
	}

}
