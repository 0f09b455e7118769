package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lienthong.messagelog.AppendReceipt;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.chain.EntryHashes;
import vn.lienthong.messagelog.chain.Sha256;

/**
 * Appends a batch of records to one security server's chain in one transaction. The chain head row is locked
 * (SELECT ... FOR UPDATE) for the duration of the transaction, so several writers (threads, restarts, cluster nodes)
 * never fork the chain; the lock covers database work only.
 */
public final class EntryWriter {

    private static final String INSERT_ENTRY = "INSERT INTO ml_entry (server_id, entry_no, logged_at, side, direction,"
            + " query_id, client_id, service_id, user_id, issue, citizen_ids, fields_disclosed, fault_code, wire_size,"
            + " message_size, time_in, time_out, message_digest, prev_hash, entry_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MESSAGE = "INSERT INTO ml_message (server_id, entry_no, message) VALUES (?, ?, ?)";
    private static final String INSERT_CITIZEN = "INSERT INTO ml_entry_citizen (server_id, entry_no, citizen_id) VALUES (?, ?, ?)";

    private final String serverId;

    public EntryWriter(String serverId) {
        this.serverId = serverId;
    }

    /** Writes and commits; on failure rolls back and rethrows (nothing of the batch is stored). */
    public List<AppendReceipt> append(Connection c, List<LogRecord> records, Instant loggedAt) throws SQLException {
        c.setAutoCommit(false);
        try {
            ChainHead head = lockHead(c);
            long entryNo = head.lastEntryNo();
            byte[] previous = head.lastEntryHash();
            List<AppendReceipt> receipts = new ArrayList<>(records.size());
            try (PreparedStatement entry = c.prepareStatement(INSERT_ENTRY);
                 PreparedStatement message = c.prepareStatement(INSERT_MESSAGE);
                 PreparedStatement citizen = c.prepareStatement(INSERT_CITIZEN)) {
                for (LogRecord r : records) {
                    entryNo++;
                    byte[] digest = Sha256.of(r.message());
                    byte[] hash = EntryHashes.entryHash(previous, serverId, entryNo, loggedAt, r, digest);
                    bind(entry, entryNo, loggedAt, r, digest, previous, hash);
                    entry.addBatch();
                    message.setString(1, serverId);
                    message.setLong(2, entryNo);
                    message.setBytes(3, r.message());
                    message.addBatch();
                    for (String id : new java.util.LinkedHashSet<>(r.citizenIds())) {
                        citizen.setString(1, serverId);
                        citizen.setLong(2, entryNo);
                        citizen.setString(3, id);
                        citizen.addBatch();
                    }
                    receipts.add(new AppendReceipt(entryNo, hash));
                    previous = hash;
                }
                entry.executeBatch();
                message.executeBatch();
                citizen.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE ml_chain_head SET last_entry_no = ?, last_entry_hash = ? WHERE server_id = ?")) {
                ps.setLong(1, entryNo);
                ps.setBytes(2, previous);
                ps.setString(3, serverId);
                ps.executeUpdate();
            }
            c.commit();
            return receipts;
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        }
    }

    private ChainHead lockHead(Connection c) throws SQLException {
        ChainHead head = selectForUpdate(c);
        if (head != null) {
            return head;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO ml_chain_head (server_id, last_entry_no, last_entry_hash) VALUES (?, 0, ?)")) {
            ps.setString(1, serverId);
            ps.setBytes(2, EntryHashes.genesis());
            ps.executeUpdate();
        }
        return selectForUpdate(c);
    }

    private ChainHead selectForUpdate(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_entry_no, last_entry_hash FROM ml_chain_head WHERE server_id = ? FOR UPDATE")) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new ChainHead(rs.getLong(1), rs.getBytes(2)) : null;
            }
        }
    }

    private void bind(PreparedStatement ps, long entryNo, Instant loggedAt, LogRecord r, byte[] digest,
                      byte[] previous, byte[] hash) throws SQLException {
        ps.setString(1, serverId);
        ps.setLong(2, entryNo);
        Timestamps.set(ps, 3, loggedAt);
        ps.setString(4, r.side().name());
        ps.setString(5, r.direction().name());
        ps.setString(6, r.queryId());
        ps.setString(7, r.client().toString());
        ps.setString(8, r.service().toString());
        ps.setString(9, r.userId());
        ps.setString(10, r.issue());
        ps.setString(11, String.join(",", r.citizenIds()));
        ps.setString(12, String.join(",", r.fieldsDisclosed()));
        ps.setString(13, r.faultCode());
        ps.setLong(14, r.wireSize());
        ps.setLong(15, r.message().length);
        Timestamps.set(ps, 16, r.timeIn());
        Timestamps.set(ps, 17, r.timeOut());
        ps.setBytes(18, digest);
        ps.setBytes(19, previous);
        ps.setBytes(20, hash);
    }

    static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
