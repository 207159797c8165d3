package ai.slope.admin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ai.slope.admin.AuditEntry;
import ai.slope.roles.RoleTaxonomy;

/**
 * Writes an audit entry's detail in the reader's language: each stored line ({@link ai.slope.audit.AuditDetail})
 * is its message with its arguments, labels translated too. A detail stored as plain text (a reason as the admin
 * wrote it, or an entry from before details were stored as keys) is shown as written.
 */
@Component("auditDetails")
class AuditDetails {

	private final MessageSource messages;

	private final JsonMapper json;

	private final RoleTaxonomy roles;

	AuditDetails(MessageSource messages, JsonMapper json, RoleTaxonomy roles) {
		this.messages = messages;
		this.json = json;
		this.roles = roles;
	}

	/**
	 * The detail, one line per stored line; empty when there is none.
	 */
	public String text(AuditEntry entry, Locale locale) {
		String stored = entry.getDetail();
		if (stored == null || !stored.startsWith("[{\"key\":")) {
			return (stored != null) ? stored : "";
		}
		try {
			List<String> lines = new ArrayList<>();
			for (JsonNode line : this.json.readTree(stored)) {
				String key = line.get("key").stringValue();
				List<Object> arguments = new ArrayList<>();
				for (JsonNode argument : line.get("args")) {
					arguments.add(argument(argument, locale));
				}
				lines.add(this.messages.getMessage(key, arguments.toArray(), key, locale));
			}
			return String.join("\n", lines);
		}
		catch (JacksonException | NullPointerException ex) {
			return stored;
		}
	}

	private Object argument(JsonNode argument, Locale locale) {
		if (argument.isObject() && argument.has("roleType")) {
			String slug = argument.get("roleType").stringValue();
			return this.roles.roleType(slug).map(type -> type.name(locale)).orElse(slug);
		}
		if (argument.isObject()) {
			String key = argument.get("key").stringValue();
			return this.messages.getMessage(key, null, key, locale);
		}
		if (argument.isNumber()) {
			return argument.longValue();
		}
		return argument.isNull() ? "" : argument.asString();
	}

}
