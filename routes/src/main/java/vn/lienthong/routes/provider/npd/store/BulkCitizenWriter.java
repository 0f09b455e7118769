package vn.lienthong.routes.provider.npd.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;

/**
 * Loads many new citizens over one connection held for the whole load (the synthetic population): the
 * same rows as {@link CitizenStore#createAll}, one version each with its relatives and households, but
 * with statements prepared once, each batch sent as a JDBC batch and committed as one transaction. An
 * embedded H2 database is not closed and reopened between batches, and PostgreSQL is not reconnected.
 * The foreign keys of the loaded tables are dropped while the writer is open and added back by
 * {@link #close}, which checks every row against them at once ({@link SuspendedForeignKeys}); a row
 * breaking one makes {@code close} fail. Other writers should keep off the database meanwhile.
 *
 * <p>Households are written without a look-up each: the citizens of a household come together, so only
 * the first household of a batch can already exist (a load resumed in the middle of one), and only that
 * one is looked up. The services write through {@link CitizenStore}.
 */
public final class BulkCitizenWriter implements AutoCloseable {

    /** The tables a load writes, whose foreign keys are checked once, after the load. */
    private static final List<String> LOADED_TABLES = List.of("citizen_version", "citizen_relative", "citizen");

    private final Connection connection;
    private final SuspendedForeignKeys foreignKeys;
    private final PreparedStatement householdExists;
    private final PreparedStatement households;
    private final PreparedStatement versions;
    private final PreparedStatement relatives;
    private final PreparedStatement citizens;

    public BulkCitizenWriter(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            this.householdExists = connection.prepareStatement(CitizenStore.HOUSEHOLD_EXISTS);
            this.households = connection.prepareStatement(CitizenStore.INSERT_HOUSEHOLD);
            this.versions = connection.prepareStatement(CitizenStore.INSERT_VERSION);
            this.relatives = connection.prepareStatement(CitizenStore.INSERT_RELATIVE);
            this.citizens = connection.prepareStatement(CitizenStore.INSERT_CITIZEN);
            this.foreignKeys = isPostgres(connection) ? SuspendedForeignKeys.of(connection, LOADED_TABLES)
                    : SuspendedForeignKeys.none(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Writes the records as version 1 of new citizens, in one transaction; returns how many. */
    public int write(List<CitizenRecord> records, VersionMeta meta) throws SQLException {
        try {
            writeHouseholds(records);
            for (CitizenRecord record : records) {
                CitizenStore.bindVersion(versions, record, 1, meta);
                versions.addBatch();
                CitizenStore.bindRelatives(relatives, record, 1);
                citizens.setString(1, record.personalIdentificationNumber().value());
                citizens.setInt(2, 1);
                citizens.setBoolean(3, record.disclosureRestricted());
                citizens.addBatch();
            }
            versions.executeBatch();
            relatives.executeBatch();
            citizens.executeBatch();
            connection.commit();
            return records.size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private void writeHouseholds(List<CitizenRecord> records) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(r -> {
            if (r.get(CitizenField.HOUSEHOLD_ID) != null) {
                ids.add(r.get(CitizenField.HOUSEHOLD_ID));
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        String first = ids.iterator().next();
        householdExists.setString(1, first);
        try (ResultSet row = householdExists.executeQuery()) {
            if (row.next()) {
                ids.remove(first);
            }
        }
        for (String id : ids) {
            households.setString(1, id);
            households.addBatch();
        }
        households.executeBatch();
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    }

    @Override
    public void close() throws SQLException {
        try (connection; householdExists; households; versions; relatives; citizens) {
            foreignKeys.close();
            connection.setAutoCommit(true);
        }
    }
}
