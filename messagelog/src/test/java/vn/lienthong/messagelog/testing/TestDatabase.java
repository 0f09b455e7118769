package vn.lienthong.messagelog.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * A fresh database for one test: an in-memory H2 database, or a schema of its own in the PostgreSQL at
 * 127.0.0.1:5432 (user postgres, database test), dropped afterwards. Without PostgreSQL the test is skipped, saying
 * why, except under CI=true, where it fails.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String UNREACHABLE = "PostgreSQL not reachable at 127.0.0.1:5432";

    private final LogDatabase database;
    private final String postgresSchema;

    private TestDatabase(LogDatabase database, String postgresSchema) {
        this.database = database;
        this.postgresSchema = postgresSchema;
    }

    public static TestDatabase h2() {
        return new TestDatabase(LogDatabase.fromUrl("jdbc:h2:mem:ml-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), null);
    }

    public static TestDatabase postgres() {
        requirePostgres();
        String schema = "ml_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return new TestDatabase(LogDatabase.fromUrl(POSTGRES_URL, "postgres", "").inSchema(schema), schema);
    }

    /** Skips (or under CI=true fails) the calling test when PostgreSQL cannot be reached. */
    public static void requirePostgres() {
        try (Connection c = DriverManager.getConnection(POSTGRES_URL + "?connectTimeout=3", "postgres", "")) {
            c.isValid(3);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(UNREACHABLE + " (CI=true requires it): " + e.getMessage());
            }
            Assumptions.abort(UNREACHABLE + ": " + e.getMessage());
        }
    }

    public LogDatabase database() {
        return database;
    }

    /** Runs SQL against the log's tables, as someone tampering with the database would. */
    public void execute(String... sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.executeUpdate(statement);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (postgresSchema != null) {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                 Statement s = c.createStatement()) {
                s.executeUpdate("DROP SCHEMA IF EXISTS " + postgresSchema + " CASCADE");
            }
        }
    }
}
