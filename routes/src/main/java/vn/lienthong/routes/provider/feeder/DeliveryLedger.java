package vn.lienthong.routes.provider.feeder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * A source system's record of what it sent the NPD and what the NPD answered (table {@code npd_delivery}
 * of every feeder database): one row per update id, written when the update is queued, completed by the
 * answer. The source's own records refer to it by update id.
 */
public final class DeliveryLedger implements UpdateAnswers {

    /** One row: the update, the record it carries, and the NPD's answer once there is one. */
    public record Delivery(String updateId, String recordKind, String recordKey, String status, String pin,
            String detail) {

        public boolean answered() {
            return status != null;
        }
    }

    private final DataSource dataSource;
    private final Clock clock;

    public DeliveryLedger(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Notes an update about to be queued, in the caller's transaction (with the record it carries). */
    public void queued(Connection connection, String updateId, String recordKind, String recordKey, String document)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO npd_delivery (update_id, record_kind,"
                + " record_key, queued_at, update_document) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, updateId);
            insert.setString(2, recordKind);
            insert.setString(3, recordKey);
            insert.setObject(4, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
            insert.setString(5, document);
            insert.executeUpdate();
        }
    }

    /** The updates not answered yet, as update id → queued document, oldest first. */
    public java.util.LinkedHashMap<String, String> unansweredDocuments() throws SQLException {
        java.util.LinkedHashMap<String, String> documents = new java.util.LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT update_id, update_document FROM npd_delivery"
                        + " WHERE npd_status IS NULL ORDER BY queued_at, update_id");
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                documents.put(row.getString(1), row.getString(2));
            }
        }
        return documents;
    }

    @Override
    public void answered(UpdateAnswer answer) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE npd_delivery SET npd_status = ?, npd_pin = ?,"
                        + " npd_detail = ?, answered_at = ? WHERE update_id = ?")) {
            update.setString(1, answer.status());
            update.setString(2, answer.pin());
            update.setString(3, String.join(",", answer.violationCodes()));
            update.setObject(4, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
            update.setString(5, answer.updateId());
            update.executeUpdate();
        }
    }

    public Optional<Delivery> find(String updateId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT * FROM npd_delivery WHERE update_id = ?")) {
            select.setString(1, updateId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Delivery(row.getString("update_id"), row.getString("record_kind"),
                        row.getString("record_key"), row.getString("npd_status"), row.getString("npd_pin"),
                        row.getString("npd_detail")));
            }
        }
    }

    /** The queued document of an update. */
    public Optional<String> document(String updateId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT update_document FROM npd_delivery WHERE update_id = ?")) {
            select.setString(1, updateId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** How many updates the NPD has not answered yet. */
    public int unanswered() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM npd_delivery WHERE npd_status IS NULL");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
