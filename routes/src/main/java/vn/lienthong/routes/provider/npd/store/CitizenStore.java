package vn.lienthong.routes.provider.npd.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import vn.lienthong.routes.provider.npd.record.CitizenField;
import vn.lienthong.routes.provider.npd.record.CitizenRecord;
import vn.lienthong.routes.provider.npd.record.Relative;

/**
 * The NPD's citizen records and their history over plain JDBC (H2 and PostgreSQL alike). Every change
 * is a new row of {@code citizen_version}; {@code citizen} points at the current one. Reads take the
 * data source; writes take the caller's connection, so that an update, its ledger entry and its version
 * commit together ({@link Jdbc#inTransaction}).
 */
public final class CitizenStore {

    private static final String META_COLUMNS =
            "personal_identification_number, version_no, recorded_at, source, update_id, event_type, changed_fields";
    private static final String FIELD_COLUMNS =
            Arrays.stream(CitizenField.values()).map(CitizenField::column).collect(Collectors.joining(", "));
    static final String INSERT_VERSION = "INSERT INTO citizen_version (" + META_COLUMNS + ", " + FIELD_COLUMNS
            + ") VALUES (" + "?, ".repeat(7 + CitizenField.values().length - 1) + "?)";
    static final String INSERT_RELATIVE = "INSERT INTO citizen_relative (personal_identification_number, version_no,"
            + " seq_no, relation, full_name, relative_pin, former_id_card_number, nationality) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_VERSION = "SELECT v.*, c.disclosure_restricted FROM citizen_version v"
            + " JOIN citizen c ON c.personal_identification_number = v.personal_identification_number";
    private static final String CURRENT = "SELECT * FROM citizen_current WHERE personal_identification_number = ?";
    private static final String AS_OF = SELECT_VERSION + " WHERE v.personal_identification_number = ? AND v.recorded_at <= ?"
            + " ORDER BY v.version_no DESC FETCH FIRST 1 ROWS ONLY";
    private static final String CHANGES = SELECT_VERSION + " WHERE v.recorded_at > ? AND v.change_number > ?"
            + " AND c.disclosure_restricted = FALSE ORDER BY v.change_number FETCH FIRST ? ROWS ONLY";
    private static final String RELATIVES = "SELECT * FROM citizen_relative WHERE personal_identification_number = ?"
            + " AND version_no = ? ORDER BY seq_no";
    private static final String HOUSEHOLD_NOW = "SELECT personal_identification_number, full_name, former_id_card_number,"
            + " relationship_to_head FROM citizen_current WHERE household_id = ?"
            + " ORDER BY CASE WHEN relationship_to_head = 'HEAD' THEN 0 ELSE 1 END, personal_identification_number";
    private static final String HOUSEHOLD_AS_OF = "SELECT v.personal_identification_number, v.full_name,"
            + " v.former_id_card_number, v.relationship_to_head FROM citizen_version v WHERE v.household_id = ?"
            + " AND v.version_no = (SELECT MAX(w.version_no) FROM citizen_version w"
            + " WHERE w.personal_identification_number = v.personal_identification_number AND w.recorded_at <= ?)"
            + " ORDER BY CASE WHEN v.relationship_to_head = 'HEAD' THEN 0 ELSE 1 END, v.personal_identification_number";
    private static final String LOCK_CURRENT =
            "SELECT current_version FROM citizen WHERE personal_identification_number = ? FOR UPDATE";
    static final String INSERT_CITIZEN = "INSERT INTO citizen (personal_identification_number, current_version,"
            + " disclosure_restricted) VALUES (?, ?, ?)";
    private static final String MOVE_CURRENT = "UPDATE citizen SET current_version = ?, disclosure_restricted = ?"
            + " WHERE personal_identification_number = ?";
    private static final String SOURCES = "SELECT source, changed_fields FROM citizen_version"
            + " WHERE personal_identification_number = ? ORDER BY version_no DESC";
    static final String HOUSEHOLD_EXISTS = "SELECT 1 FROM household WHERE household_id = ?";
    static final String INSERT_HOUSEHOLD = "INSERT INTO household (household_id) VALUES (?)";

    private final DataSource dataSource;

    public CitizenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The citizen's record as it is now, restricted or not (the caller decides what to disclose). */
    public Optional<StoredCitizen> current(String pin) throws SQLException {
        return Jdbc.read(dataSource, connection -> current(connection, pin));
    }

    public Optional<StoredCitizen> current(Connection connection, String pin) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CURRENT)) {
            select.setString(1, pin);
            return readOne(connection, select);
        }
    }

    /** The version that was current at {@code at}: the last one recorded at or before it. */
    public Optional<StoredCitizen> asOf(String pin, Instant at) throws SQLException {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement select = connection.prepareStatement(AS_OF)) {
                select.setString(1, pin);
                select.setObject(2, utc(at));
                return readOne(connection, select);
            }
        });
    }

    /**
     * Versions recorded after {@code since} with a change number above {@code afterChange}, in the order
     * they were recorded, at most {@code limit}; records closed to disclosure are left out.
     */
    public List<Change> changesSince(Instant since, long afterChange, int limit) throws SQLException {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement select = connection.prepareStatement(CHANGES)) {
                select.setObject(1, utc(since));
                select.setLong(2, afterChange);
                select.setInt(3, limit);
                List<Change> changes = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        CitizenRecord record = readRecord(connection, row);
                        String changed = row.getString("changed_fields");
                        changes.add(new Change(row.getLong("change_number"), row.getInt("version_no"),
                                instant(row), row.getString("source"), row.getString("event_type"),
                                changed.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(changed.split(","))), record));
                    }
                }
                return changes;
            }
        });
    }

    /** One version of a citizen as a change-feed entry. */
    public Optional<Change> version(Connection connection, String pin, int versionNo) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_VERSION
                + " WHERE v.personal_identification_number = ? AND v.version_no = ?")) {
            select.setString(1, pin);
            select.setInt(2, versionNo);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String changed = row.getString("changed_fields");
                return Optional.of(new Change(row.getLong("change_number"), versionNo, instant(row), row.getString("source"),
                        row.getString("event_type"), changed.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(changed.split(","))),
                        readRecord(connection, row)));
            }
        }
    }

    /** The members of a household now ({@code at} null) or as they were at {@code at}, the head first. */
    public List<HouseholdMember> household(String householdId, Instant at) throws SQLException {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement select = connection.prepareStatement(at == null ? HOUSEHOLD_NOW : HOUSEHOLD_AS_OF)) {
                select.setString(1, householdId);
                if (at != null) {
                    select.setObject(2, utc(at));
                }
                List<HouseholdMember> members = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        members.add(new HouseholdMember(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
                    }
                }
                return members;
            }
        });
    }

    public boolean exists(Connection connection, String pin) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_CURRENT)) {
            select.setString(1, pin);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Records a new citizen as version 1. */
    public void create(Connection connection, CitizenRecord record, VersionMeta meta) throws SQLException {
        ensureHousehold(connection, record.get(CitizenField.HOUSEHOLD_ID));
        insertVersion(connection, record, 1, meta);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CITIZEN)) {
            insert.setString(1, record.personalIdentificationNumber().value());
            insert.setInt(2, 1);
            insert.setBoolean(3, record.disclosureRestricted());
            insert.executeUpdate();
        }
    }

    /**
     * Records a new version of an existing citizen and makes it current; locks the citizen's row first, so
     * versions of one citizen are numbered in the order they commit. Returns the new version number.
     */
    public int append(Connection connection, CitizenRecord record, VersionMeta meta) throws SQLException {
        String pin = record.personalIdentificationNumber().value();
        int current;
        try (PreparedStatement lock = connection.prepareStatement(LOCK_CURRENT)) {
            lock.setString(1, pin);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no citizen " + pin + " to add a version to");
                }
                current = row.getInt(1);
            }
        }
        ensureHousehold(connection, record.get(CitizenField.HOUSEHOLD_ID));
        int next = current + 1;
        insertVersion(connection, record, next, meta);
        try (PreparedStatement move = connection.prepareStatement(MOVE_CURRENT)) {
            move.setInt(1, next);
            move.setBoolean(2, record.disclosureRestricted());
            move.setString(3, pin);
            move.executeUpdate();
        }
        return next;
    }

    /**
     * For each path of the record, the source of the latest version that changed it (Decree 37/2021: a
     * change to what another source said is a conflict to review). Paths never changed are absent.
     */
    public Map<String, String> lastSources(Connection connection, String pin) throws SQLException {
        Map<String, String> sources = new HashMap<>();
        Set<String> all = new HashSet<>();
        Arrays.stream(CitizenField.values()).forEach(f -> all.add(f.path()));
        all.add("relatives");
        try (PreparedStatement select = connection.prepareStatement(SOURCES)) {
            select.setString(1, pin);
            try (ResultSet row = select.executeQuery()) {
                while (row.next() && sources.size() < all.size()) {
                    String source = row.getString(1);
                    String changed = row.getString(2);
                    Set<String> paths = VersionMeta.ALL_PATHS.equals(changed) ? all : Set.of(changed.split(","));
                    paths.forEach(path -> sources.putIfAbsent(path, source));
                }
            }
        }
        return sources;
    }

    /**
     * Writes many new citizens with few round trips (the synthetic data generator): one version each,
     * relatives and households included, committed per call. Returns how many were written.
     */
    public int createAll(List<CitizenRecord> records, VersionMeta meta) throws SQLException {
        return Jdbc.inTransaction(dataSource, connection -> {
            Set<String> households = new LinkedHashSet<>();
            records.forEach(r -> {
                if (r.get(CitizenField.HOUSEHOLD_ID) != null) {
                    households.add(r.get(CitizenField.HOUSEHOLD_ID));
                }
            });
            for (String household : households) {
                ensureHousehold(connection, household);
            }
            try (PreparedStatement versions = connection.prepareStatement(INSERT_VERSION);
                    PreparedStatement relatives = connection.prepareStatement(INSERT_RELATIVE);
                    PreparedStatement citizens = connection.prepareStatement(INSERT_CITIZEN)) {
                for (CitizenRecord record : records) {
                    bindVersion(versions, record, 1, meta);
                    versions.addBatch();
                    bindRelatives(relatives, record, 1);
                    citizens.setString(1, record.personalIdentificationNumber().value());
                    citizens.setInt(2, 1);
                    citizens.setBoolean(3, record.disclosureRestricted());
                    citizens.addBatch();
                }
                versions.executeBatch();
                relatives.executeBatch();
                citizens.executeBatch();
            }
            return records.size();
        });
    }

    public long count() throws SQLException {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM citizen");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private void ensureHousehold(Connection connection, String householdId) throws SQLException {
        if (householdId == null) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(HOUSEHOLD_EXISTS)) {
            select.setString(1, householdId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_HOUSEHOLD)) {
            insert.setString(1, householdId);
            insert.executeUpdate();
        }
    }

    private static void insertVersion(Connection connection, CitizenRecord record, int versionNo, VersionMeta meta)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_VERSION);
                PreparedStatement relatives = connection.prepareStatement(INSERT_RELATIVE)) {
            bindVersion(insert, record, versionNo, meta);
            insert.executeUpdate();
            if (bindRelatives(relatives, record, versionNo)) {
                relatives.executeBatch();
            }
        }
    }

    static void bindVersion(PreparedStatement insert, CitizenRecord record, int versionNo, VersionMeta meta)
            throws SQLException {
        insert.setString(1, record.personalIdentificationNumber().value());
        insert.setInt(2, versionNo);
        insert.setObject(3, utc(meta.recordedAt()));
        insert.setString(4, meta.source());
        insert.setString(5, meta.updateId());
        insert.setString(6, meta.eventType());
        insert.setString(7, meta.changedColumn());
        int index = 8;
        for (CitizenField field : CitizenField.values()) {
            String value = record.get(field);
            if (field.kind() == CitizenField.Kind.DATE) {
                if (value == null) {
                    insert.setNull(index, Types.DATE);
                } else {
                    insert.setObject(index, LocalDate.parse(value));
                }
            } else {
                insert.setString(index, value);
            }
            index++;
        }
    }

    static boolean bindRelatives(PreparedStatement insert, CitizenRecord record, int versionNo) throws SQLException {
        int seq = 0;
        for (Relative relative : record.relatives()) {
            insert.setString(1, record.personalIdentificationNumber().value());
            insert.setInt(2, versionNo);
            insert.setInt(3, ++seq);
            insert.setString(4, relative.relation().name());
            insert.setString(5, relative.fullName());
            insert.setString(6, relative.personalIdentificationNumber());
            insert.setString(7, relative.formerIdCardNumber());
            insert.setString(8, relative.nationality());
            insert.addBatch();
        }
        return seq > 0;
    }

    private static Optional<StoredCitizen> readOne(Connection connection, PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredCitizen(readRecord(connection, row), row.getInt("version_no"), instant(row),
                    row.getString("source"), row.getString("event_type")));
        }
    }

    private static CitizenRecord readRecord(Connection connection, ResultSet row) throws SQLException {
        String pin = row.getString("personal_identification_number");
        CitizenRecord.Builder builder = CitizenRecord.builder(pin);
        for (CitizenField field : CitizenField.values()) {
            if (field.kind() == CitizenField.Kind.DATE) {
                LocalDate date = row.getObject(field.column(), LocalDate.class);
                builder.set(field, date);
            } else {
                String value = row.getString(field.column());
                builder.set(field, value == null ? null : value.strip());
            }
        }
        builder.disclosureRestricted(row.getBoolean("disclosure_restricted"));
        try (PreparedStatement select = connection.prepareStatement(RELATIVES)) {
            select.setString(1, pin);
            select.setInt(2, row.getInt("version_no"));
            try (ResultSet relative = select.executeQuery()) {
                while (relative.next()) {
                    builder.relative(new Relative(Relative.Relation.valueOf(relative.getString("relation")),
                            relative.getString("full_name"), relative.getString("relative_pin"),
                            trimmed(relative.getString("former_id_card_number")), trimmed(relative.getString("nationality"))));
                }
            }
        }
        return builder.build();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static Instant instant(ResultSet row) throws SQLException {
        return row.getObject("recorded_at", OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
