package vn.lienthong.messagelog.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.postgresql.PGStatement;
import vn.lienthong.conf.identifier.ClientId;
import vn.lienthong.conf.identifier.ServiceId;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.LogEntry;
import vn.lienthong.messagelog.LogRecord;
import vn.lienthong.messagelog.Side;

/**
 * Streams entries in entry order with a server-side cursor ({@link #FETCH_SIZE} rows at a time), so that memory stays
 * flat whatever the log size. Reading a row that was tampered into an invalid shape throws
 * {@link UnreadableEntryException} for that row only; the cursor stays usable. Each entry comes with its batch and
 * inclusion proof ({@link StampedBatches}).
 */
public final class EntryCursor implements AutoCloseable {

    public static final int FETCH_SIZE = 200;

    private final Connection connection;
    private final boolean previousAutoCommit;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final StampedBatches stamps;

    EntryCursor(Connection connection, String sql, List<Object> parameters) throws SQLException {
        this.connection = connection;
        this.previousAutoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        this.statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        readBinary(statement);
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof java.time.Instant t) {
                Timestamps.set(statement, i + 1, t);
            } else {
                statement.setObject(i + 1, p);
            }
        }
        this.rows = statement.executeQuery();
        this.stamps = new StampedBatches(connection);
    }

    /**
     * On PostgreSQL, asks for rows in binary form: a statement run once would otherwise bring each message as hex text,
     * twice its size on the wire, encoded by the server and decoded here (the larger part of reading an entry).
     */
    private static void readBinary(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    public boolean next() throws SQLException {
        return rows.next();
    }

    public long entryNumber() throws SQLException {
        return rows.getLong("entry_no");
    }

    public LogEntry entry() throws SQLException, UnreadableEntryException {
        long no = entryNumber();
        try {
            byte[] message = rows.getBytes("message");
            if (rows.getLong("message_size") != message.length) {
                throw new UnreadableEntryException(no, "message_size " + rows.getLong("message_size")
                        + " differs from the stored message's " + message.length + " bytes", null);
            }
            LogRecord record = new LogRecord(
                    Side.valueOf(rows.getString("side")),
                    Direction.valueOf(rows.getString("direction")),
                    rows.getString("query_id"),
                    ClientId.parse(rows.getString("client_id")),
                    ServiceId.parse(rows.getString("service_id")),
                    rows.getString("user_id"),
                    rows.getString("issue"),
                    split(rows.getString("citizen_ids")),
                    split(rows.getString("fields_disclosed")),
                    rows.getString("fault_code"),
                    rows.getLong("wire_size"),
                    message,
                    Timestamps.get(rows, "time_in"),
                    Timestamps.get(rows, "time_out"));
            String serverId = rows.getString("server_id");
            long batch = rows.getLong("batch_no");
            Long batchNo = null;
            byte[] proof = null;
            if (!rows.wasNull()) {
                batchNo = batch;
                proof = rows.getBytes("inclusion_proof");
            } else {
                Optional<StampedBatches.Stamp> stamp = stamps.find(serverId, no);
                if (stamp.isPresent()) {
                    batchNo = stamp.get().batchNo();
                    proof = stamp.get().inclusionProof();
                }
            }
            long archive = rows.getLong("archive_no");
            Long archiveNo = rows.wasNull() ? null : archive;
            return new LogEntry(serverId, no, Timestamps.get(rows, "logged_at"), record,
                    rows.getBytes("message_digest"), rows.getBytes("prev_hash"), rows.getBytes("entry_hash"),
                    batchNo, proof, archiveNo);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEntryException(no, e.getMessage(), e);
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",", -1));
    }

    @Override
    public void close() throws SQLException {
        try (statement; stamps) {
            rows.close();
            connection.commit();
        } finally {
            connection.setAutoCommit(previousAutoCommit);
        }
    }
}
