package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lienthong.messagelog.merkle.MerkleTree;

/** The time-stamping side of the store: what waits for a token, and recording a stamped batch. */
public final class BatchStore {

    private final String serverId;

    public BatchStore(String serverId) {
        this.serverId = serverId;
    }

    /**
     * The number of the last time-stamped entry of the server bound to the next parameter, 0 before the first batch.
     * Stamped entries are a prefix of the chain (see {@code V3__stamped_prefix.sql}), so this bounds the unstamped
     * ones; the batches' index on their last entry answers it without reading the entries.
     */
    static final String LAST_STAMPED = "COALESCE((SELECT b.last_entry_no FROM ml_batch b WHERE b.server_id = ?"
            + " ORDER BY b.last_entry_no DESC FETCH FIRST 1 ROW ONLY), 0)";

    /** The oldest unstamped entries, in entry order, at most {@code limit}. */
    public List<UnstampedEntry> unstamped(Connection c, int limit) throws SQLException {
        List<UnstampedEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_no, entry_hash, logged_at FROM ml_entry"
                + " WHERE server_id = ? AND entry_no > " + LAST_STAMPED
                + " ORDER BY entry_no FETCH FIRST " + limit + " ROWS ONLY")) {
            ps.setString(1, serverId);
            ps.setString(2, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new UnstampedEntry(rs.getLong(1), rs.getBytes(2), Timestamps.get(rs, "logged_at")));
                }
            }
        }
        return out;
    }

    public Optional<UnstampedEntry> oldestUnstamped(Connection c) throws SQLException {
        List<UnstampedEntry> first = unstamped(c, 1);
        return first.isEmpty() ? Optional.empty() : Optional.of(first.get(0));
    }

    /**
     * Records the batch with its entries' hashes, from which {@link StampedBatches} derives each entry's inclusion proof;
     * the entry rows are not touched.
     *
     * @return the new batch number
     * @throws SQLException when another node stamped some of these entries meanwhile (nothing is recorded then)
     */
    public long record(Connection c, List<UnstampedEntry> entries, MerkleTree tree, byte[] token, java.time.Instant genTime)
            throws SQLException {
        if (tree.size() != entries.size()) {
            throw new IllegalArgumentException("the tree has " + tree.size() + " leaves for " + entries.size() + " entries");
        }
        c.setAutoCommit(false);
        try {
            long first = entries.get(0).entryNo();
            long lastStamped = lastStamped(c);
            if (lastStamped >= first) {
                throw new SQLException("entries of this batch were stamped by another writer meanwhile (entries up to "
                        + lastStamped + " are stamped, this batch starts at " + first + ")");
            }
            long batchNo = nextBatchNo(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ml_batch (server_id, batch_no, first_entry_no,"
                    + " last_entry_no, entry_count, merkle_root, token, gen_time, entry_hashes)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, serverId);
                ps.setLong(2, batchNo);
                ps.setLong(3, first);
                ps.setLong(4, entries.get(entries.size() - 1).entryNo());
                ps.setInt(5, entries.size());
                ps.setBytes(6, tree.root());
                ps.setBytes(7, token);
                Timestamps.set(ps, 8, genTime);
                ps.setBytes(9, BatchLeaves.join(entries.stream().map(UnstampedEntry::entryHash).toList()));
                ps.executeUpdate();
            }
            c.commit();
            return batchNo;
        } catch (SQLException | RuntimeException e) {
            EntryWriter.rollbackQuietly(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** The number of the last time-stamped entry, 0 before the first batch. */
    public long lastStamped(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + LAST_STAMPED)) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public Optional<BatchRecord> batch(Connection c, long batchNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM ml_batch WHERE server_id = ? AND batch_no = ?")) {
            ps.setString(1, serverId);
            ps.setLong(2, batchNo);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new BatchRecord(serverId, batchNo, rs.getLong("first_entry_no"),
                        rs.getLong("last_entry_no"), rs.getInt("entry_count"), rs.getBytes("merkle_root"),
                        rs.getBytes("token"), Timestamps.get(rs, "gen_time")));
            }
        }
    }

    private long nextBatchNo(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(batch_no), 0) + 1 FROM ml_batch WHERE server_id = ?")) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
