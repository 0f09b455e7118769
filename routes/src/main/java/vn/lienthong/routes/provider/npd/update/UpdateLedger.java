package vn.lienthong.routes.provider.npd.update;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.lienthong.routes.provider.npd.record.Violation;
import vn.lienthong.routes.provider.npd.record.ViolationCode;

/**
 * Every update id the NPD has seen and what became of it (table {@code citizen_update}): what makes an
 * update idempotent, and where held updates wait for an operator.
 */
final class UpdateLedger {

    /** One ledger row. */
    record Entry(String updateId, String pin, UpdateStatus status, Integer versionNo, List<Violation> violations,
            CanonicalUpdate update, Instant receivedAt) {
    }

    Optional<Entry> find(Connection connection, String updateId, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM citizen_update WHERE update_id = ?" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, updateId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        }
    }

    List<Entry> withStatus(Connection connection, UpdateStatus status) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM citizen_update WHERE status = ? ORDER BY received_at, update_id")) {
            select.setString(1, status.name());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(entry(row));
                }
            }
        }
        return entries;
    }

    void record(Connection connection, CanonicalUpdate update, UpdateOutcome outcome, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO citizen_update (update_id,"
                + " personal_identification_number, source, event_type, received_at, status, version_no, detail, update_document)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, update.updateId());
            insert.setString(2, outcome.pin());
            insert.setString(3, update.source());
            insert.setString(4, update.eventType());
            insert.setObject(5, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            insert.setString(6, outcome.status().name());
            setVersion(insert, 7, outcome.versionNo());
            insert.setString(8, detail(outcome.violations()));
            insert.setString(9, UpdateDocument.write(update));
            insert.executeUpdate();
        }
    }

    /** An operator's decision on a held update: its new status and who decided, when and why. */
    void resolve(Connection connection, String updateId, UpdateOutcome outcome, String operator, String note, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE citizen_update SET status = ?, version_no = ?,"
                + " detail = ?, resolved_by = ?, resolved_at = ?, resolution_note = ? WHERE update_id = ?")) {
            update.setString(1, outcome.status().name());
            setVersion(update, 2, outcome.versionNo());
            update.setString(3, detail(outcome.violations()));
            update.setString(4, operator);
            update.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setString(6, note);
            update.setString(7, updateId);
            update.executeUpdate();
        }
    }

    private static void setVersion(PreparedStatement statement, int index, Integer versionNo) throws SQLException {
        if (versionNo == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, versionNo);
        }
    }

    private static Entry entry(ResultSet row) throws SQLException {
        int version = row.getInt("version_no");
        Integer versionNo = row.wasNull() ? null : version;
        return new Entry(row.getString("update_id"), row.getString("personal_identification_number"),
                UpdateStatus.valueOf(row.getString("status")), versionNo,
                violations(row.getString("detail")), UpdateDocument.read(row.getString("update_document")),
                row.getObject("received_at", OffsetDateTime.class).toInstant());
    }

    private static String detail(List<Violation> violations) {
        if (violations.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            text.append(v.code().code()).append('\t').append(v.path() == null ? "" : v.path()).append('\t')
                    .append(v.message().replace('\n', ' ').replace('\t', ' ')).append('\n');
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }

    private static List<Violation> violations(String detail) {
        List<Violation> violations = new ArrayList<>();
        if (detail == null) {
            return violations;
        }
        for (String line : detail.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                violations.add(new Violation(ViolationCode.byCode(parts[0]), parts[1].isEmpty() ? null : parts[1], parts[2]));
            }
        }
        return violations;
    }
}
