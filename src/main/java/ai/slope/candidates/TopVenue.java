package ai.slope.candidates;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A conference or journal that recruiters read as a top venue (NeurIPS, CVPR, Nature…), kept by admins. A
 * publication whose free-text venue matches its acronym, full name or one of its aliases shows it as a badge
 * (see {@link VenueMatcher}). Changed through {@link TopVenues} only.
 */
@Entity
@Table(name = "top_venue")
@org.hibernate.annotations.BatchSize(size = 100)
public class TopVenue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String acronym;

	private String fullName;

	/** Separated by semicolons. */
	private String aliases = "";

	@Enumerated(EnumType.STRING)
	private VenueField field;

	@Version
	private long version;

	protected TopVenue() {
	}

	TopVenue(String acronym, String fullName, List<String> aliases, VenueField field) {
		change(acronym, fullName, aliases, field);
	}

	void change(String acronym, String fullName, List<String> aliases, VenueField field) {
		this.acronym = acronym;
		this.fullName = fullName;
		this.aliases = String.join(";", aliases);
		this.field = field;
	}

	public Long getId() {
		return this.id;
	}

	public String getAcronym() {
		return this.acronym;
	}

	public String getFullName() {
		return this.fullName;
	}

	/** The other names it goes by, in the order the admin gave them. */
	public List<String> getAliases() {
		return this.aliases.isEmpty() ? List.of() : Arrays.stream(this.aliases.split(";")).toList();
	}

	public VenueField getField() {
		return this.field;
	}

	public long getVersion() {
		return this.version;
	}

}
