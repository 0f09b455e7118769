package vn.lienthong.security.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * A {@link ReplayCache} in the table {@code replay_cache} (migration {@code db/securityserver/V1__replay_cache.sql}),
 * shared by every node that uses the same database. Works on H2 and PostgreSQL.
 *
 * <p>{@link #firstSeen} inserts the key; a primary-key violation (SQLSTATE 23505) means the key was
 * already there. Times are stored as UTC in a {@code TIMESTAMP} column. A key stays "seen" until
 * {@link #purgeExpired} removes it, even if its {@code keep_until} has passed.
 *
 * <p>Every message passes here, so inserts go through one connection and one prepared statement kept
 * open (taking a pooled connection and preparing the statement per message cost more than the insert);
 * after any other database error they are reopened on the next call.
 */
public final class JdbcReplayCache implements ReplayCache, AutoCloseable {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_KEY_LENGTH = 200;
    private static final String INSERT = "INSERT INTO replay_cache (replay_key, keep_until) VALUES (?, ?)";
    private static final String PURGE = "DELETE FROM replay_cache WHERE keep_until < ?";

    private final DataSource dataSource;
    private final ReentrantLock insertLock = new ReentrantLock();
    private Connection insertConnection;
    private PreparedStatement insertStatement;

    public JdbcReplayCache(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public boolean firstSeen(String key, Instant keepUntil) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("replay key must have 1 to " + MAX_KEY_LENGTH + " characters");
        }
        insertLock.lock();
        try {
            PreparedStatement insert = insertStatement();
            try {
                insert.setString(1, key);
                insert.setObject(2, utc(keepUntil));
                insert.executeUpdate();
                commit(insertConnection);
                return true;
            } catch (SQLException e) {
                rollback(insertConnection);
                if (isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            closeInsertConnection();
            throw new ReplayCacheException("replay cache insert failed", e);
        } finally {
            insertLock.unlock();
        }
    }

    private PreparedStatement insertStatement() throws SQLException {
        if (insertStatement == null) {
            insertConnection = dataSource.getConnection();
            insertStatement = insertConnection.prepareStatement(INSERT);
        }
        return insertStatement;
    }

    private void closeInsertConnection() {
        try {
            if (insertConnection != null) {
                insertConnection.close();
            }
        } catch (SQLException ignored) {
            // the connection is being thrown away after an error; the next call opens a new one
        } finally {
            insertConnection = null;
            insertStatement = null;
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setObject(1, utc(now));
            int removed = purge.executeUpdate();
            commit(connection);
            return removed;
        } catch (SQLException e) {
            throw new ReplayCacheException("replay cache purge failed", e);
        }
    }

    /** Closes the connection kept for inserts; a later call opens a new one. */
    @Override
    public void close() {
        insertLock.lock();
        try {
            closeInsertConnection();
        } finally {
            insertLock.unlock();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            if (UNIQUE_VIOLATION.equals(current.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void rollback(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }
}
