package ai.slope.admin.web;

import ai.slope.roles.RoleType;
import ai.slope.roles.RoleTypeText;

/**
 * The role type form: the family and slug (when adding), the texts in both languages, and the version that
 * was read (when editing).
 */
record RoleTypeForm(String family, String slug, String nameEn, String nameZh, String summaryEn, String summaryZh,
		String descriptionEn, String descriptionZh, Long version) {

	static RoleTypeForm empty(String family) {
		return new RoleTypeForm(family, "", "", "", "", "", "", "", null);
	}

	static RoleTypeForm of(RoleType type) {
		RoleTypeText text = type.text();
		return new RoleTypeForm(type.getFamily().getSlug(), type.getSlug(), text.nameEn(), text.nameZh(),
				text.summaryEn(), text.summaryZh(), text.descriptionEn(), text.descriptionZh(), type.getVersion());
	}

	RoleTypeText text() {
		return new RoleTypeText(this.nameEn, this.nameZh, this.summaryEn, this.summaryZh, this.descriptionEn,
				this.descriptionZh);
	}

	/**
	 * The same texts, with the version of the role type as it is now (after a conflict, so that saving again
	 * is a deliberate choice to replace what the other person saved).
	 */
	RoleTypeForm withVersion(long current) {
		return new RoleTypeForm(this.family, this.slug, this.nameEn, this.nameZh, this.summaryEn, this.summaryZh,
				this.descriptionEn, this.descriptionZh, current);
	}

}
