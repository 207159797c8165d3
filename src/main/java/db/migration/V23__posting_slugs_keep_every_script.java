package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the postings whose title is not in Latin letters the slug {@code ai.slope.jobs.Slugs} now makes: their
 * own words instead of {@code job} or a lone Latin word such as {@code gpu} (issue 17). In Java, because the rule
 * needs Unicode normalisation; it is written out here so this migration stays what it was when it ran. A link
 * with the old slug still works: the posting's page redirects a wrong slug to the right one. The search index, which
 * holds slugs too, is rebuilt at start-up with it ({@code SearchIndexInitializer.MAPPING_VERSION} was raised).
 */
public class V23__posting_slugs_keep_every_script extends BaseJavaMigration {

	private static final int MAX_LENGTH = 80;

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, title, slug from job_posting order by id");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update job_posting set slug = ? where id = ?")) {
			while (rows.next()) {
				String slug = slug(rows.getString(2));
				if (!slug.equals(rows.getString(3))) {
					update.setString(1, slug);
					update.setLong(2, rows.getLong(1));
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	static String slug(String text) {
		String decomposed = Normalizer.normalize((text == null) ? "" : text, Normalizer.Form.NFKD)
			.replaceAll("(?<=\\p{IsLatin})\\p{M}+", "");
		String slug = Normalizer.normalize(decomposed, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("(^-+)|(-+$)", "");
		if (slug.codePointCount(0, slug.length()) > MAX_LENGTH) {
			String cut = slug.substring(0, slug.offsetByCodePoints(0, MAX_LENGTH));
			String atWord = cut.replaceAll("-[^-]*$", "");
			slug = atWord.isEmpty() ? cut : atWord;
		}
		return slug.isEmpty() ? "job" : slug;
	}

}
