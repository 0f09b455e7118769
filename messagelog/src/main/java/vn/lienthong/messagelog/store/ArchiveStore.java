package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Archive bookkeeping: the container chain, marking entries archived, and retention cleaning. */
public final class ArchiveStore {

    private final String serverId;

    public ArchiveStore(String serverId) {
        this.serverId = serverId;
    }

    public Optional<ArchiveRecord> last(Connection c) throws SQLException {
        return one(c, "SELECT * FROM ml_archive WHERE server_id = ? ORDER BY archive_no DESC FETCH FIRST 1 ROWS ONLY", null);
    }

    /** The container whose last entry is {@code entryNo} (anchors the chain of the entries stored after it). */
    public Optional<ArchiveRecord> endingAt(Connection c, long entryNo) throws SQLException {
        return one(c, "SELECT * FROM ml_archive WHERE server_id = ? AND last_entry_no = ?", entryNo);
    }

    /** Records the container and marks its entries archived, in one transaction. */
    public void record(Connection c, ArchiveRecord archive) throws SQLException {
        c.setAutoCommit(false);
        try {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ml_archive (server_id, archive_no, first_entry_no,"
                    + " last_entry_no, last_entry_hash, file_name, container_digest, previous_container_digest, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, serverId);
                ps.setLong(2, archive.archiveNo());
                ps.setLong(3, archive.firstEntryNo());
                ps.setLong(4, archive.lastEntryNo());
                ps.setBytes(5, archive.lastEntryHash());
                ps.setString(6, archive.fileName());
                ps.setBytes(7, archive.containerDigest());
                ps.setBytes(8, archive.previousContainerDigest());
                Timestamps.set(ps, 9, archive.createdAt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE ml_entry SET archive_no = ?"
                    + " WHERE server_id = ? AND entry_no BETWEEN ? AND ? AND archive_no IS NULL")) {
                ps.setLong(1, archive.archiveNo());
                ps.setString(2, serverId);
                ps.setLong(3, archive.firstEntryNo());
                ps.setLong(4, archive.lastEntryNo());
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            EntryWriter.rollbackQuietly(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Deletes entries that are archived, time-stamped and logged before {@code before}, with their messages and citizen index rows,
     * and the batches none of whose entries remain. Never touches unarchived or unstamped entries.
     *
     * @return the number of entries deleted
     */
    public int clean(Connection c, Instant before) throws SQLException {
        c.setAutoCommit(false);
        try {
            String condition = " WHERE server_id = ? AND archive_no IS NOT NULL AND logged_at < ? AND entry_no <= "
                    + BatchStore.LAST_STAMPED;
            for (String table : new String[] {"ml_entry_citizen", "ml_message"}) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE server_id = ? AND entry_no IN"
                        + " (SELECT entry_no FROM ml_entry" + condition + ")")) {
                    ps.setString(1, serverId);
                    ps.setString(2, serverId);
                    Timestamps.set(ps, 3, before);
                    ps.setString(4, serverId);
                    ps.executeUpdate();
                }
            }
            int deleted;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ml_entry" + condition)) {
                ps.setString(1, serverId);
                Timestamps.set(ps, 2, before);
                ps.setString(3, serverId);
                deleted = ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM ml_batch b WHERE b.server_id = ? AND NOT EXISTS"
                    + " (SELECT 1 FROM ml_entry e WHERE e.server_id = b.server_id"
                    + " AND e.entry_no BETWEEN b.first_entry_no AND b.last_entry_no)")) {
                ps.setString(1, serverId);
                ps.executeUpdate();
            }
            c.commit();
            return deleted;
        } catch (SQLException | RuntimeException e) {
            EntryWriter.rollbackQuietly(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private Optional<ArchiveRecord> one(Connection c, String sql, Long entryNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, serverId);
            if (entryNo != null) {
                ps.setLong(2, entryNo);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ArchiveRecord(serverId, rs.getLong("archive_no"), rs.getLong("first_entry_no"),
                        rs.getLong("last_entry_no"), rs.getBytes("last_entry_hash"), rs.getString("file_name"),
                        rs.getBytes("container_digest"), rs.getBytes("previous_container_digest"),
                        Timestamps.get(rs, "created_at")));
            }
        }
    }

}
