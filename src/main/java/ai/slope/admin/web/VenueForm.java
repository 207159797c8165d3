package ai.slope.admin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ai.slope.candidates.TopVenue;
import ai.slope.candidates.TopVenues;
import ai.slope.candidates.VenueField;

/**
 * The top venue form: acronym, full name, aliases (one a line, or separated by semicolons), field, and the version
 * that was read (when editing).
 */
public class VenueForm {

	@NotBlank
	@Size(max = TopVenues.MAX_ACRONYM_LENGTH)
	private String acronym = "";

	@NotBlank
	@Size(max = TopVenues.MAX_FULL_NAME_LENGTH)
	private String fullName = "";

	@Size(max = TopVenues.MAX_ALIASES_LENGTH)
	private String aliases = "";

	@NotNull
	private VenueField field;

	private Long version;

	static VenueForm of(TopVenue venue) {
		VenueForm form = new VenueForm();
		form.acronym = venue.getAcronym();
		form.fullName = venue.getFullName();
		form.aliases = String.join("\n", venue.getAliases());
		form.field = venue.getField();
		form.version = venue.getVersion();
		return form;
	}

	TopVenues.VenueInput toInput() {
		return new TopVenues.VenueInput(this.acronym, this.fullName, this.aliases, this.field);
	}

	/** The aliases on one line, separated by semicolons. */
	public String aliasesInOneLine() {
		return String.join("; ", this.aliases.lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
	}

	public String getAcronym() {
		return this.acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getAliases() {
		return this.aliases;
	}

	public void setAliases(String aliases) {
		this.aliases = aliases;
	}

	public VenueField getField() {
		return this.field;
	}

	public void setField(VenueField field) {
		this.field = field;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
