package ai.slope.roles;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A family of related AI roles, such as Research or Hardware.
 */
@Entity
public class RoleFamily {

	@Id
	@jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private int position;

	private String nameEn;

	private String nameZh;

	@Version
	private long version;

	protected RoleFamily() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public int getPosition() {
		return this.position;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameZh);
	}

}
