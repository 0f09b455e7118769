package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import vn.lienthong.messagelog.merkle.MerkleTree;

/**
 * Which batch time-stamped an entry, and the entry's inclusion proof, derived from the entry hashes the batch keeps
 * ({@code V4__batch_leaves.sql}). Remembers the last batch it read, so a cursor in entry order reads and hashes each
 * batch once. Not thread-safe; closed with the cursor that owns it.
 */
final class StampedBatches implements AutoCloseable {

    /** The batch holding an entry and the entry's encoded proof ({@code null} when the batch's hashes are unreadable). */
    record Stamp(long batchNo, byte[] inclusionProof) {
    }

    private static final String COVERING = "SELECT batch_no, first_entry_no, last_entry_no, entry_count, entry_hashes"
            + " FROM ml_batch WHERE server_id = ? AND last_entry_no >= ? ORDER BY last_entry_no FETCH FIRST 1 ROW ONLY";

    private final Connection connection;
    private PreparedStatement covering;
    private String server;
    private long batchNo;
    private long first;
    private long last;
    private MerkleTree tree;
    private long unstampedFrom = Long.MAX_VALUE;

    StampedBatches(Connection connection) {
        this.connection = connection;
    }

    Optional<Stamp> find(String serverId, long entryNo) throws SQLException {
        if (!serverId.equals(server)) {
            server = serverId;
            batchNo = 0;
            unstampedFrom = Long.MAX_VALUE;
        }
        if (batchNo == 0 || entryNo < first || entryNo > last) {
            if (entryNo >= unstampedFrom || !load(entryNo)) {
                return Optional.empty();
            }
        }
        if (entryNo < first) {
            return Optional.empty();
        }
        return Optional.of(new Stamp(batchNo, tree == null ? null : tree.proof((int) (entryNo - first)).encode()));
    }

    /** Reads the first batch ending at or after {@code entryNo}; false when none does (the entry is not stamped yet). */
    private boolean load(long entryNo) throws SQLException {
        if (covering == null) {
            covering = connection.prepareStatement(COVERING);
        }
        covering.setString(1, server);
        covering.setLong(2, entryNo);
        try (ResultSet rs = covering.executeQuery()) {
            if (!rs.next()) {
                unstampedFrom = entryNo;
                batchNo = 0;
                return false;
            }
            batchNo = rs.getLong("batch_no");
            first = rs.getLong("first_entry_no");
            last = rs.getLong("last_entry_no");
            tree = tree(rs.getInt("entry_count"), rs.getBytes("entry_hashes"));
            return true;
        }
    }

    private MerkleTree tree(int count, byte[] leaves) {
        if (count != last - first + 1) {
            return null;
        }
        try {
            return MerkleTree.of(BatchLeaves.split(leaves, count));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    @Override
    public void close() throws SQLException {
        if (covering != null) {
            covering.close();
        }
    }
}
