package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.lienthong.messagelog.AppendReceipt;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.chain.EntryHashes;
import vn.lienthong.messagelog.chain.Sha256;

/**
 * Appends a batch of records to one security server's chain in one transaction. The chain head row is locked
 * (SELECT ... FOR UPDATE) for the duration of the transaction, so several writers (threads, restarts, cluster nodes)
 * never fork the chain; the lock covers database work only.
 *
 * <p>The log's single writer thread owns an instance and calls it with the connection it keeps: the five statements
 * of an append are prepared once per connection, not once per batch (preparing them was a tenth of the database
 * work at a few records per batch). Not thread-safe.
 */
public final class EntryWriter implements AutoCloseable {

    private static final String INSERT_ENTRY = "INSERT INTO ml_entry (server_id, entry_no, logged_at, side, direction,"
            + " query_id, client_id, service_id, user_id, issue, citizen_ids, fields_disclosed, fault_code, wire_size,"
            + " message_size, time_in, time_out, message_digest, prev_hash, entry_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MESSAGE = "INSERT INTO ml_message (server_id, entry_no, message) VALUES (?, ?, ?)";
    private static final String INSERT_CITIZEN = "INSERT INTO ml_entry_citizen (server_id, entry_no, citizen_id) VALUES (?, ?, ?)";
    private static final String LOCK_HEAD = "SELECT last_entry_no, last_entry_hash FROM ml_chain_head WHERE server_id = ? FOR UPDATE";
    private static final String INSERT_HEAD = "INSERT INTO ml_chain_head (server_id, last_entry_no, last_entry_hash) VALUES (?, 0, ?)";
    private static final String UPDATE_HEAD = "UPDATE ml_chain_head SET last_entry_no = ?, last_entry_hash = ? WHERE server_id = ?";

    private final String serverId;
    private Connection preparedOn;
    private PreparedStatement lockHead;
    private PreparedStatement insertEntry;
    private PreparedStatement insertMessage;
    private PreparedStatement insertCitizen;
    private PreparedStatement updateHead;

    public EntryWriter(String serverId) {
        this.serverId = serverId;
    }

    /** Writes and commits; on failure rolls back and rethrows (nothing of the batch is stored). */
    public List<AppendReceipt> append(Connection c, List<LogRecord> records, Instant loggedAt) throws SQLException {
        c.setAutoCommit(false);
        try {
            prepare(c);
            ChainHead head = lockHead(c);
            long entryNo = head.lastEntryNo();
            byte[] previous = head.lastEntryHash();
            List<AppendReceipt> receipts = new ArrayList<>(records.size());
            for (LogRecord r : records) {
                entryNo++;
                byte[] digest = Sha256.of(r.message());
                byte[] hash = EntryHashes.entryHash(previous, serverId, entryNo, loggedAt, r, digest);
                bind(insertEntry, entryNo, loggedAt, r, digest, previous, hash);
                insertEntry.addBatch();
                insertMessage.setString(1, serverId);
                insertMessage.setLong(2, entryNo);
                insertMessage.setBytes(3, r.message());
                insertMessage.addBatch();
                for (String id : new LinkedHashSet<>(r.citizenIds())) {
                    insertCitizen.setString(1, serverId);
                    insertCitizen.setLong(2, entryNo);
                    insertCitizen.setString(3, id);
                    insertCitizen.addBatch();
                }
                receipts.add(new AppendReceipt(entryNo, hash));
                previous = hash;
            }
            insertEntry.executeBatch();
            insertMessage.executeBatch();
            insertCitizen.executeBatch();
            updateHead.setLong(1, entryNo);
            updateHead.setBytes(2, previous);
            updateHead.setString(3, serverId);
            updateHead.executeUpdate();
            c.commit();
            return receipts;
        } catch (SQLException | RuntimeException e) {
            clearBatches();
            rollbackQuietly(c, e);
            throw e;
        }
    }

    /** Closes the statements kept for the last connection (not the connection, which is its owner's). */
    @Override
    public void close() {
        for (PreparedStatement ps : new PreparedStatement[] {lockHead, insertEntry, insertMessage, insertCitizen, updateHead}) {
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the connection is closed or broken; its statements go with it
                }
            }
        }
        preparedOn = null;
        lockHead = insertEntry = insertMessage = insertCitizen = updateHead = null;
    }

    private void prepare(Connection c) throws SQLException {
        if (preparedOn == c) {
            return;
        }
        close();
        try {
            lockHead = c.prepareStatement(LOCK_HEAD);
            insertEntry = c.prepareStatement(INSERT_ENTRY);
            insertMessage = c.prepareStatement(INSERT_MESSAGE);
            insertCitizen = c.prepareStatement(INSERT_CITIZEN);
            updateHead = c.prepareStatement(UPDATE_HEAD);
            preparedOn = c;
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    private void clearBatches() {
        for (PreparedStatement ps : new PreparedStatement[] {insertEntry, insertMessage, insertCitizen}) {
            if (ps != null) {
                try {
                    ps.clearBatch();
                } catch (SQLException ignored) {
                    // a broken statement is prepared again with the next connection
                }
            }
        }
    }

    private ChainHead lockHead(Connection c) throws SQLException {
        ChainHead head = selectForUpdate();
        if (head != null) {
            return head;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_HEAD)) {
            ps.setString(1, serverId);
            ps.setBytes(2, EntryHashes.genesis());
            ps.executeUpdate();
        }
        return selectForUpdate();
    }

    private ChainHead selectForUpdate() throws SQLException {
        lockHead.setString(1, serverId);
        try (ResultSet rs = lockHead.executeQuery()) {
            return rs.next() ? new ChainHead(rs.getLong(1), rs.getBytes(2)) : null;
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
