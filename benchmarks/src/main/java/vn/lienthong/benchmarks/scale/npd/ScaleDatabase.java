package vn.lienthong.benchmarks.scale.npd;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The database the population lives in, from a JDBC URL: PostgreSQL (its user in the URL, a schema of its
 * own through {@code currentSchema}, created when missing) or an H2 file. One pool serves the loader and
 * the provider.
 */
final class ScaleDatabase implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 40;

    private final String url;
    private final JdbcConnectionPool pool;

    private ScaleDatabase(String url, JdbcConnectionPool pool) {
        this.url = url;
        this.pool = pool;
    }

    static ScaleDatabase open(String url) throws SQLException {
        JdbcConnectionPool pool;
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            pool = JdbcConnectionPool.create(h2);
        } else if (url.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
            postgres.setUrl(url);
            postgres.setReWriteBatchedInserts(true);
            createSchema(postgres);
            pool = JdbcConnectionPool.create(postgres);
        } else {
            throw new IllegalArgumentException("not an H2 or PostgreSQL JDBC URL: " + url);
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        return new ScaleDatabase(url, pool);
    }

    DataSource dataSource() {
        return pool;
    }

    /** The URL without its query string (where a password could be). */
    String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static void createSchema(PGConnectionPoolDataSource postgres) throws SQLException {
        String schema = postgres.getCurrentSchema();
        if (schema == null || schema.isBlank()) {
            return;
        }
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("currentSchema must be a lower-case SQL identifier: " + schema);
        }
        postgres.setCurrentSchema(null);
        try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } finally {
            postgres.setCurrentSchema(schema);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
