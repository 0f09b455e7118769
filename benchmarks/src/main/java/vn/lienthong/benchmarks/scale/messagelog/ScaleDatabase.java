package vn.lienthong.benchmarks.scale.messagelog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * A PostgreSQL database of its own for one run, created on the server at {@code adminUrl} (a database that exists,
 * such as {@code test}) and dropped by {@link #close()} unless kept.
 */
final class ScaleDatabase implements AutoCloseable {

    /**
     * Bytes on disk: the whole database, the entry table (metadata, chain, proofs), the message table with its TOAST
     * data, and all indexes of the log's tables.
     */
    record Size(long database, long entryTable, long messageTable, long indexes) {
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

    /** A database a kept run left behind, to grow further; kept again unless {@code keep} is false. */
    static ScaleDatabase attach(String adminUrl, String user, String name, boolean keep) {
        return new ScaleDatabase(adminUrl, user, name, keep);
    }

    /**
     * A uniform sample of the exchanges stored: the query id and one citizen of {@code count} random entries (with
     * replacement) among entries 1..{@code entries} of {@code serverId}.
     */
    List<LookupSample.Lookup> sampleLookups(String serverId, long entries, int count, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed);
        List<LookupSample.Lookup> out = new ArrayList<>(count);
        try (Connection c = DriverManager.getConnection(url(), user, "");
             PreparedStatement ps = c.prepareStatement("SELECT e.query_id, MIN(c.citizen_id) FROM ml_entry e"
                     + " JOIN ml_entry_citizen c ON c.server_id = e.server_id AND c.entry_no = e.entry_no"
                     + " WHERE e.server_id = ? AND e.entry_no = ? GROUP BY e.query_id")) {
            ps.setString(1, serverId);
            while (out.size() < count) {
                ps.setLong(2, 1 + random.nextLong(entries));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        out.add(new LookupSample.Lookup(rs.getString(1), rs.getString(2)));
                    }
                }
            }
        }
        return out;
    }

    /** Where the server keeps its data (same machine). */
    Path dataDirectory() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW data_directory")) {
            rs.next();
            return Path.of(rs.getString(1));
        }
    }

    /** How many entries the log holds (its chain head); 0 for a database the log's migrations have not run on yet. */
    long entries() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), user, ""); Statement s = c.createStatement();
             ResultSet table = s.executeQuery("SELECT to_regclass('ml_chain_head') IS NOT NULL")) {
            table.next();
            if (!table.getBoolean(1)) {
                return 0;
            }
        }
        try (Connection c = DriverManager.getConnection(url(), user, ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(last_entry_no), 0) FROM ml_chain_head")) {
            rs.next();
            return rs.getLong(1);
        }
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
                     + " pg_total_relation_size('ml_message') - pg_indexes_size('ml_message'),"
                     + " pg_indexes_size('ml_entry') + pg_indexes_size('ml_message') + pg_indexes_size('ml_entry_citizen')"
                     + " + pg_indexes_size('ml_batch')")) {
            rs.next();
            return new Size(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
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
