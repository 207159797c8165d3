package ai.slope.roles;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A kind of AI role, such as research scientist or AI infrastructure engineer, with a description of the
 * work in English and Chinese.
 */
@Entity
public class RoleType {

	@Id
	@jakarta.persistence.GeneratedValue(strategy = jakarta.persistence.GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "family_id")
	private RoleFamily family;

	private String slug;

	private int position;

	private String nameEn;

	private String nameZh;

	private String summaryEn;

	private String summaryZh;

	private String descriptionEn;

	private String descriptionZh;

	@Version
	private long version;

	protected RoleType() {
	}

	RoleType(RoleFamily family, String slug, int position, RoleTypeText text) {
		this.family = family;
		this.slug = slug;
		this.position = position;
		change(text);
	}

	void change(RoleTypeText text) {
		this.nameEn = text.nameEn();
		this.nameZh = text.nameZh();
		this.summaryEn = text.summaryEn();
		this.summaryZh = text.summaryZh();
		this.descriptionEn = text.descriptionEn();
		this.descriptionZh = text.descriptionZh();
	}

	/**
	 * The texts of the role type in both languages, as an editor sees them.
	 */
	public RoleTypeText text() {
		return new RoleTypeText(this.nameEn, this.nameZh, this.summaryEn, this.summaryZh, this.descriptionEn,
				this.descriptionZh);
	}

	/**
	 * The version that optimistic locking checks: an edit made from an older version is refused.
	 */
	public long getVersion() {
		return this.version;
	}

	public Long getId() {
		return this.id;
	}

	public RoleFamily getFamily() {
		return this.family;
	}

	public String getSlug() {
		return this.slug;
	}

	public int getPosition() {
		return this.position;
	}

	public String name(Locale locale) {
		return Languages.pick(locale, this.nameEn, this.nameZh);
	}

	public String summary(Locale locale) {
		return Languages.pick(locale, this.summaryEn, this.summaryZh);
	}

	public String description(Locale locale) {
		return Languages.pick(locale, this.descriptionEn, this.descriptionZh);
	}

	public String getNameEn() {
		return this.nameEn;
	}

}
