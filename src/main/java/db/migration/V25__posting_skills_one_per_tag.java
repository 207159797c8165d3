package db.migration;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives every posting's skills the rule profiles follow ({@code ai.slope.web.SkillTags}, issue 17): one skill per
 * tag, shown as first written with its spaces tidied, so “PyTorch” and “py-torch” in one posting become
 * “PyTorch”. In Java, because the tag rule needs Unicode normalisation; it is written out here so this migration
 * stays what it was when it ran. The search index is rebuilt at start-up with it
 * ({@code SearchIndexInitializer.MAPPING_VERSION} was raised).
 */
public class V25__posting_skills_one_per_tag extends BaseJavaMigration {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, skills from job_posting order by id");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update job_posting set skills = ? where id = ?")) {
			while (rows.next()) {
				Array array = rows.getArray(2);
				List<String> skills = (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
				List<String> distinct = distinct(skills);
				if (!distinct.equals(skills)) {
					update.setArray(1, context.getConnection().createArrayOf("text", distinct.toArray()));
					update.setLong(2, rows.getLong(1));
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	static List<String> distinct(List<String> typed) {
		Map<String, String> byTag = new LinkedHashMap<>();
		for (String skill : typed) {
			String tag = tag(skill);
			if (!tag.isEmpty()) {
				byTag.putIfAbsent(tag, (skill == null) ? ""
						: SPACES.matcher(Normalizer.normalize(skill, Normalizer.Form.NFC).strip()).replaceAll(" "));
			}
		}
		return List.copyOf(byTag.values());
	}

	static String tag(String typed) {
		if (typed == null) {
			return "";
		}
		int[] points = Normalizer.normalize(typed, Normalizer.Form.NFKC)
			.strip()
			.toLowerCase(Locale.ROOT)
			.codePoints()
			.toArray();
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < points.length; i++) {
			int c = points[i];
			int next = (i + 1 < points.length) ? points[i + 1] : -1;
			int previous = tag.isEmpty() ? -1 : tag.codePointBefore(tag.length());
			if (Character.isLetterOrDigit(c)) {
				tag.appendCodePoint(c);
			}
			else if ((c == '+' || c == '#') && previous != -1
					&& (Character.isLetterOrDigit(previous) || previous == '+' || previous == '#')) {
				tag.appendCodePoint(c);
			}
			else if (c == '.' && previous == -1 && next != -1 && Character.isLetter(next)) {
				tag.append('.');
			}
			else if (c == '.' && previous != -1 && Character.isDigit(previous) && next != -1
					&& Character.isDigit(next)) {
				tag.append('.');
			}
		}
		return tag.codePoints().anyMatch(Character::isLetterOrDigit) ? tag.toString() : "";
	}

}
