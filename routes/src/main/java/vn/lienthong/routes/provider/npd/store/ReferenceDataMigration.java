package vn.lienthong.routes.provider.npd.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import vn.lienthong.routes.provider.npd.record.ReferenceData;

/**
 * Migration 3: loads the public code tables (class-path {@code reference/*.tsv}: legacy and 2025 provinces,
 * ethnic groups) into the reference tables migration 2 created, and the province codes an address may
 * carry. Its checksum is that of the three files, so Flyway's validation notices an edited table; a
 * changed code table ships as a new migration.
 */
public final class ReferenceDataMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "reference data from the code tables";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        ReferenceData tables = ReferenceData.standard();
        for (Map<String, String> table : List.of(tables.legacyProvinces(), tables.provinces2025(), tables.ethnicGroups())) {
            table.forEach((code, name) -> crc.update((code + '\t' + name + '\n').getBytes(StandardCharsets.UTF_8)));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        ReferenceData tables = ReferenceData.standard();
        insert(connection, "province_legacy", tables.legacyProvinces());
        insert(connection, "province_2025", tables.provinces2025());
        insert(connection, "ethnic_group", tables.ethnicGroups());
        insert(connection, "address_province", tables.addressProvinces());
    }

    private static void insert(Connection connection, String table, Map<String, String> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (code, name) VALUES (?, ?)")) {
            for (Map.Entry<String, String> row : rows.entrySet()) {
                insert.setString(1, row.getKey());
                insert.setString(2, row.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
