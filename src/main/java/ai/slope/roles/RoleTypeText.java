package ai.slope.roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an admin writes about a role type, in English and Chinese: its name, a one-line summary and the
 * description of the work. Values are stripped of surrounding white space; null counts as empty.
 */
public record RoleTypeText(String nameEn, String nameZh, String summaryEn, String summaryZh, String descriptionEn,
		String descriptionZh) {

	public RoleTypeText {
		nameEn = clean(nameEn);
		nameZh = clean(nameZh);
		summaryEn = clean(summaryEn);
		summaryZh = clean(summaryZh);
		descriptionEn = clean(descriptionEn);
		descriptionZh = clean(descriptionZh);
	}

	private static String clean(String value) {
		// browsers send line breaks of text areas as CRLF
		return (value == null) ? "" : value.replace("\r\n", "\n").strip();
	}

	public static RoleTypeText empty() {
		return new RoleTypeText("", "", "", "", "", "");
	}

	/**
	 * The fields by their names, in form order.
	 */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("nameEn", this.nameEn);
		fields.put("nameZh", this.nameZh);
		fields.put("summaryEn", this.summaryEn);
		fields.put("summaryZh", this.summaryZh);
		fields.put("descriptionEn", this.descriptionEn);
		fields.put("descriptionZh", this.descriptionZh);
		return fields;
	}

	/**
	 * The fields whose value is different in the other text, in form order.
	 */
	public List<FieldChange> changesTo(RoleTypeText other) {
		List<FieldChange> changes = new ArrayList<>();
		Map<String, String> after = other.fields();
		fields().forEach((field, before) -> {
			if (!Objects.equals(before, after.get(field))) {
				changes.add(new FieldChange(field, before, after.get(field)));
			}
		});
		return changes;
	}

	/**
	 * One field's value before and after an edit.
	 */
	public record FieldChange(String field, String before, String after) {
	}

}
