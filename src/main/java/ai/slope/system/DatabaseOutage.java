package ai.slope.system;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, not accepting connections, the
 * connection pool timing out) from one caused by the request or a bug. The first is not the reader's fault nor
 * Slope's: it answers 503 with a page that says to try again, not 500.
 */
public final class DatabaseOutage {

	private static final int MAX_CAUSES = 20;

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseOutage() {
	}

	public static boolean isCause(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
			if (isOutage(cause)) {
				return true;
			}
			cause = (cause.getCause() != cause) ? cause.getCause() : null;
		}
		return false;
	}

	private static boolean isOutage(Throwable failure) {
		if (failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException
				|| failure instanceof SQLTransientConnectionException || failure instanceof SQLRecoverableException
				|| failure instanceof java.sql.SQLNonTransientConnectionException || failure instanceof ConnectException) {
			return true;
		}
		if (failure instanceof SQLException sql && sql.getSQLState() == null) {
			// Hikari's answer to a connection it had already found broken (SQL state 08006) and closed; the broken
			// one is logged, and a failed rollback on the closed connection is what reaches the request
			return HIKARI_CLOSED_CONNECTION.equals(sql.getMessage());
		}
		if (failure instanceof SQLException sql) {
			String state = sql.getSQLState();
			// class 08: connection exception; 57P01-57P03: the server is shutting down, crashed or starting up
			return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
		}
		return false;
	}

}
