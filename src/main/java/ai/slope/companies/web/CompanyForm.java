package ai.slope.companies.web;

import ai.slope.companies.Companies;
import ai.slope.companies.Company;
import ai.slope.companies.SizeBand;

/**
 * What the company profile form sends. Text only, so that every value (a size band that does not exist too)
 * comes back as typed with a message of its own; the rules are {@code Companies}'.
 * @param version the version of the company the form was filled from (none when creating one)
 */
record CompanyForm(String name, String website, String description, String hqCountry, String sizeBand,
		Long version) {

	static CompanyForm empty() {
		return new CompanyForm("", "", "", "", "", null);
	}

	static CompanyForm of(Company company) {
		return new CompanyForm(company.getName(), (company.getWebsite() != null) ? company.getWebsite() : "",
				company.getDescription(), company.getHqCountry(), company.getSizeBand().name(), company.getVersion());
	}

	Companies.Profile toProfile() {
		return new Companies.Profile(this.name, this.website, this.description, this.hqCountry, parsedSizeBand());
	}

	private SizeBand parsedSizeBand() {
		for (SizeBand band : SizeBand.values()) {
			if (band.name().equals(this.sizeBand)) {
				return band;
			}
		}
		return null;
	}

}
