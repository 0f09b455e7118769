package vn.lienthong.messagelog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A log written before messages moved to ml_message (migration 2) keeps every message, readable as before. */
class MessagesApartMigrationTest {

    @Test
    void messagesOfALogWrittenUnderVersionOneMoveToTheirOwnTable() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:messages-apart;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations(LogDatabase.MIGRATIONS).table(LogDatabase.HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").target("1").load().migrate();
        byte[] message = "<Envelope>signed</Envelope>".getBytes(StandardCharsets.UTF_8);
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO ml_entry (server_id, entry_no, logged_at, side, direction, query_id, client_id,"
                    + " service_id, user_id, issue, citizen_ids, fields_disclosed, wire_size, message_size, time_in,"
                    + " time_out, message, message_digest, prev_hash, entry_hash) VALUES ('SS', 1,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-27 00:00:00+00', 'CLIENT_PROXY', 'REQUEST', 'q1', 'C', 'S',"
                    + " 'u', '', '', '', 10, 27, TIMESTAMP WITH TIME ZONE '2026-11-27 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-27 00:00:00+00', X'" + hex(message) + "', X'00', X'00', X'00')");
        }

        LogDatabase.of(h2).migrate();

        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT message FROM ml_message WHERE server_id = 'SS' AND entry_no = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBytes(1)).isEqualTo(message);
            }
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "ML_ENTRY", "MESSAGE")) {
                assertThat(rs.next()).as("ml_entry no longer has a message column").isFalse();
            }
            try (EntryCursor cursor = EntryReader.range(c, "SS", 1, 1)) {
                assertThat(cursor.next()).isTrue();
                assertThat(cursor.entryNumber()).isEqualTo(1);
            }
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X", b));
        }
        return out.toString();
    }
}
