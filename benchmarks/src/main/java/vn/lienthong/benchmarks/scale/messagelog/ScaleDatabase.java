package vn.lienthong.benchmarks.scale.messagelog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * A PostgreSQL database of its own for one run, created on the server at {@code adminUrl} (a database that exists,
 * such as {@code test}) and dropped by {@link #close()} unless kept.
 */
final class ScaleDatabase implements AutoCloseable {

    /** Bytes on disk: the whole database, the entry table with its TOAST data, and all indexes of the log's tables. */
    record Size(long database, long entryTable, long indexes) {
    }

    private final String adminUrl;
    private final String user;
    private final String name;
    private final boolean keep;

    private ScaleDatabase(String adminUrl, String user, String name, boolean keep) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
        this.keep = keep;
    }

    /** Creates database {@code name}; refuses one that exists, so a run never writes into someone's data. */
    static ScaleDatabase create(String adminUrl, String user, String name, boolean keep) throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + name);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, ""); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name);
        }
        return new ScaleDatabase(adminUrl, user, name, keep);
    }

    String url() {
        return adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
    }

    LogDatabase logDatabase() {
        return LogDatabase.fromUrl(url(), user, "");
    }

    Size size() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_database_size(current_database()),"
                     + " pg_total_relation_size('ml_entry') - pg_indexes_size('ml_entry'),"
                     + " pg_indexes_size('ml_entry') + pg_indexes_size('ml_entry_citizen') + pg_indexes_size('ml_batch')")) {
            rs.next();
            return new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** Updates the planner's statistics, as autovacuum would after a bulk of inserts. */
    void analyze() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user, ""); Statement s = c.createStatement()) {
            s.executeUpdate("ANALYZE");
        }
    }

    @Override
    public void close() throws SQLException {
        if (keep) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, ""); Statement s = c.createStatement()) {
            s.executeUpdate("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
