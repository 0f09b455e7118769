package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads entries back: by entry range, by query id, and what is ready for archiving. */
public final class EntryReader {

    /** An entry with its message, which is kept in a table of its own ({@code V2__messages_apart.sql}). */
    private static final String SELECT = "SELECT e.*, m.message FROM ml_entry e"
            + " JOIN ml_message m ON m.server_id = e.server_id AND m.entry_no = e.entry_no ";

    private EntryReader() {
    }

    /** Entries {@code from..to} (inclusive) of one server, in entry order. */
    public static EntryCursor range(Connection c, String serverId, long from, long to) throws SQLException {
        return new EntryCursor(c, SELECT + "WHERE e.server_id = ? AND e.entry_no BETWEEN ? AND ? ORDER BY e.entry_no",
                List.of(serverId, from, to));
    }

    /** Every entry (request and response, any server in this database) of one exchange. */
    public static EntryCursor byQueryId(Connection c, String queryId) throws SQLException {
        return new EntryCursor(c, SELECT + "WHERE e.query_id = ? ORDER BY e.server_id, e.entry_no", List.of(queryId));
    }

    /**
     * Not yet archived entries logged before {@code before}, oldest first, at most {@code limit}, stopping short of the
     * first unstamped entry (so that containers hold contiguous, time-stamped runs of the chain).
     */
    public static EntryCursor archivable(Connection c, String serverId, Instant before, int limit) throws SQLException {
        return new EntryCursor(c, SELECT + "WHERE e.server_id = ? AND e.archive_no IS NULL"
                + " AND e.logged_at < ? AND e.entry_no <= " + BatchStore.LAST_STAMPED
                + " ORDER BY e.entry_no FETCH FIRST " + limit + " ROWS ONLY",
                List.of(serverId, before, serverId));
    }

    public static Optional<ChainHead> head(Connection c, String serverId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_entry_no, last_entry_hash FROM ml_chain_head WHERE server_id = ?")) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ChainHead(rs.getLong(1), rs.getBytes(2))) : Optional.empty();
            }
        }
    }

    /** The security servers whose chains this database holds. */
    public static List<String> servers(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT server_id FROM ml_chain_head ORDER BY server_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The lowest entry number still stored for a server (older ones were archived and cleaned). */
    public static Optional<Long> firstStored(Connection c, String serverId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(entry_no) FROM ml_entry WHERE server_id = ?")) {
            ps.setString(1, serverId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    /** The hash of one stored entry, if stored. */
    public static Optional<byte[]> entryHash(Connection c, String serverId, long entryNo) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT entry_hash FROM ml_entry WHERE server_id = ? AND entry_no = ?")) {
            ps.setString(1, serverId);
            ps.setLong(2, entryNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        }
    }
}
