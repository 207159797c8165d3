package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import com.ibm.icu.text.Normalizer2;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every account the key its email is found by (Unicode NFKC with case folding, as
 * {@code ai.slope.accounts.EmailKey} computes it), and makes that key unique instead of {@code lower(email)}.
 * In Java, because PostgreSQL 17 has no Unicode case folding; the normalisation is written out here so this
 * migration stays what it was when it ran. Two older accounts whose emails fold to the same key (they
 * differed only in letters like "ß" and "ss") cannot share it: the later one gets its key with
 * {@code " #<id>"} appended, which no typed email can match, and a warning is logged.
 */
public class V18__account_email_key extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V18__account_email_key.class);

	@Override
	public void migrate(Context context) throws Exception {
		Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("alter table account add column email_key text");
		}
		Set<String> seen = new HashSet<>();
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("select id, email from account order by id");
				PreparedStatement update = context.getConnection()
					.prepareStatement("update account set email_key = ? where id = ?")) {
			while (rows.next()) {
				long id = rows.getLong(1);
				String key = nfkcCasefold.normalize(rows.getString(2).strip()).strip();
				if (!seen.add(key)) {
					log.warn("Account {} has an email that folds to the key of an older account; its key is set apart", id);
					key = key + " #" + id;
				}
				update.setString(1, key);
				update.setLong(2, id);
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement statement = context.getConnection().createStatement()) {
			statement.execute("alter table account alter column email_key set not null");
			statement.execute("create unique index account_email_key_unique on account (email_key)");
			statement.execute("drop index account_email_unique");
		}
	}

}
