package vn.lienthong.routes.provider.npd.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The foreign keys of some tables on PostgreSQL, dropped for a bulk load and added back after it, so that
 * every row is checked at once, in one join per key, instead of by a trigger per row and key. A key comes
 * back {@code NOT VALID} first, which makes it hold for new rows at once, and is then validated against
 * the loaded rows; should a row break it, {@link #close} fails and the key stays, still unvalidated. The
 * definitions are read from the standard {@code information_schema}, so they come back as the migrations
 * made them. (On H2, which keeps an index per foreign key, checking per row costs less: see {@link #none}.)
 */
final class SuspendedForeignKeys implements AutoCloseable {

    private static final String FOREIGN_KEYS = "SELECT fk.table_name, rc.constraint_name, fk.column_name,"
            + " pk.table_name, pk.column_name FROM information_schema.referential_constraints rc"
            + " JOIN information_schema.key_column_usage fk ON fk.constraint_schema = rc.constraint_schema"
            + " AND fk.constraint_name = rc.constraint_name"
            + " JOIN information_schema.key_column_usage pk ON pk.constraint_schema = rc.unique_constraint_schema"
            + " AND pk.constraint_name = rc.unique_constraint_name AND pk.ordinal_position = fk.position_in_unique_constraint"
            + " WHERE UPPER(fk.table_name) = ? AND fk.table_schema = CURRENT_SCHEMA ORDER BY rc.constraint_name, fk.ordinal_position";

    /** One foreign key as the catalog describes it. */
    private record ForeignKey(String table, String name, List<String> columns, String referenced, List<String> keys) {

        String addStatement() {
            return "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (" + String.join(", ", columns)
                    + ") REFERENCES " + referenced + " (" + String.join(", ", keys) + ") NOT VALID";
        }

        String validateStatement() {
            return "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name;
        }
    }

    private final Connection connection;
    private final List<ForeignKey> dropped = new ArrayList<>();

    private SuspendedForeignKeys(Connection connection) {
        this.connection = connection;
    }

    /** Drops the foreign keys of {@code tables} (each drop committed); {@link #close} adds them back. */
    static SuspendedForeignKeys of(Connection connection, List<String> tables) throws SQLException {
        SuspendedForeignKeys suspended = new SuspendedForeignKeys(connection);
        try {
            for (String table : tables) {
                for (ForeignKey key : read(connection, table)) {
                    execute(connection, "ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
                    suspended.dropped.add(key);
                }
            }
        } catch (SQLException | RuntimeException e) {
            suspended.close();
            throw e;
        }
        return suspended;
    }

    /** Nothing suspended: for H2, where checking each row costs less than dropping and rebuilding the keys. */
    static SuspendedForeignKeys none(Connection connection) {
        return new SuspendedForeignKeys(connection);
    }

    /** Adds the keys back, then checks each against every row; fails if a row breaks one. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (ForeignKey key : dropped) {
            execute(connection, key.addStatement());
        }
        for (ForeignKey key : dropped) {
            try {
                execute(connection, key.validateStatement());
            } catch (SQLException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                if (failure == null) {
                    failure = new SQLException("rows break foreign key " + key.name(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        dropped.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static List<ForeignKey> read(Connection connection, String table) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(FOREIGN_KEYS)) {
            select.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String name = row.getString(2);
                    ForeignKey key = keys.get(name);
                    if (key == null) {
                        key = new ForeignKey(row.getString(1), name, new ArrayList<>(), row.getString(4), new ArrayList<>());
                        keys.put(name, key);
                    }
                    key.columns().add(row.getString(3));
                    key.keys().add(row.getString(5));
                }
            }
        }
        return List.copyOf(keys.values());
    }

    private static void execute(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
