package vn.lienthong.routes.provider.npd.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store contract on PostgreSQL, what a production site runs: 127.0.0.1:5432, database {@code test},
 * user {@code postgres}, trust authentication. Each test gets a schema of its own, dropped afterwards.
 * Without a reachable server the class is skipped with a message, except under CI ({@code CI=true}),
 * where it fails.
 */
class PostgresCitizenStoreTest extends CitizenStoreContract {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<String> SCHEMAS = new ArrayList<>();

    @BeforeAll
    static void requirePostgres() {
        try (Connection connection = admin().getConnection()) {
            connection.isValid(2);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and PostgreSQL at " + URL + " is unreachable: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + URL + " (user postgres) is unreachable, so the PostgreSQL run of the"
                    + " store tests is skipped: " + e.getMessage());
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        try (Connection connection = admin().getConnection(); Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Override
    protected DataSource freshMigratedDatabase() throws SQLException {
        String schema = "npd_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = admin().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        SCHEMAS.add(schema);
        PGSimpleDataSource database = admin();
        database.setCurrentSchema(schema);
        NpdDatabase.migrate(database);
        return database;
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(URL);
        database.setUser("postgres");
        database.setConnectTimeout(3);
        return database;
    }
}
