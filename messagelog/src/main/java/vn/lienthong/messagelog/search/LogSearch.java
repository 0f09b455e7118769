package vn.lienthong.messagelog.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.MessageLogException;
import vn.lienthong.messagelog.Side;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * The auditor's search over metadata. Every criterion is served by an index (query id, client, service, citizen id,
 * logged-at, fault code), so a search stays fast at millions of entries.
 */
public final class LogSearch {

    private static final String COLUMNS = "e.server_id, e.entry_no, e.logged_at, e.side, e.direction, e.query_id,"
            + " e.client_id, e.service_id, e.user_id, e.issue, e.citizen_ids, e.fields_disclosed, e.fault_code,"
            + " e.message_size, e.time_in, e.time_out, e.archive_no, CASE WHEN EXISTS (SELECT 1 FROM ml_batch b"
            + " WHERE b.server_id = e.server_id AND b.last_entry_no >= e.entry_no) THEN 1 ELSE 0 END AS stamped";

    private final LogDatabase database;

    public LogSearch(LogDatabase database) {
        this.database = database;
    }

    public List<EntrySummary> search(SearchCriteria criteria) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ml_entry e");
        List<Object> params = new ArrayList<>();
        criteria.citizenId().ifPresent(id -> {
            sql.append(" JOIN ml_entry_citizen c ON c.server_id = e.server_id AND c.entry_no = e.entry_no AND c.citizen_id = ?");
            params.add(id);
        });
        sql.append(" WHERE 1 = 1");
        criteria.queryId().ifPresent(v -> condition(sql, params, " AND e.query_id = ?", v));
        criteria.client().ifPresent(v -> condition(sql, params, " AND e.client_id = ?", v));
        criteria.service().ifPresent(v -> condition(sql, params, " AND e.service_id = ?", v));
        criteria.from().ifPresent(v -> condition(sql, params, " AND e.logged_at >= ?", utc(v)));
        criteria.to().ifPresent(v -> condition(sql, params, " AND e.logged_at < ?", utc(v)));
        criteria.outcome().ifPresent(o -> sql.append(o == Outcome.SUCCESS ? " AND e.fault_code IS NULL" : " AND e.fault_code IS NOT NULL"));
        criteria.faultCode().ifPresent(v -> condition(sql, params, " AND e.fault_code = ?", v));
        sql.append(" ORDER BY e.logged_at, e.server_id, e.entry_no FETCH FIRST ").append(criteria.limit()).append(" ROWS ONLY");
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<EntrySummary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new MessageLogException("cannot search the log in " + database + ": " + e.getMessage(), e);
        }
    }

    /**
     * Who accessed this citizen's data, oldest first: one line per exchange and proxy side, with the purpose and
     * caller of the request and the fields and outcome of the response.
     */
    public List<CitizenAccess> citizen(String citizenId, Instant from, Instant to) {
        SearchCriteria.Builder criteria = SearchCriteria.builder().citizenId(citizenId).limit(Integer.MAX_VALUE);
        if (from != null) {
            criteria.from(from);
        }
        if (to != null) {
            criteria.to(to);
        }
        Map<String, List<EntrySummary>> exchanges = new LinkedHashMap<>();
        for (EntrySummary e : search(criteria.build())) {
            exchanges.computeIfAbsent(e.serverId() + "|" + e.side() + "|" + e.queryId(), k -> new ArrayList<>()).add(e);
        }
        List<CitizenAccess> out = new ArrayList<>();
        for (List<EntrySummary> exchange : exchanges.values()) {
            EntrySummary request = exchange.stream().filter(e -> e.direction() == Direction.REQUEST).findFirst()
                    .orElse(exchange.get(0));
            EntrySummary response = exchange.stream().filter(e -> e.direction() == Direction.RESPONSE).findFirst()
                    .orElse(request);
            List<String> fields = response.fieldsDisclosed().isEmpty() ? request.fieldsDisclosed() : response.fieldsDisclosed();
            out.add(new CitizenAccess(request.timeIn(), request.client(), request.service(), request.issue(), fields,
                    response.outcome(), request.queryId(), request.userId(), request.serverId(), request.side()));
        }
        return out;
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        sql.append(clause);
        params.add(value);
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static EntrySummary summary(ResultSet rs) throws SQLException {
        boolean stamped = rs.getInt("stamped") == 1;
        rs.getLong("archive_no");
        boolean archived = !rs.wasNull();
        return new EntrySummary(rs.getString("server_id"), rs.getLong("entry_no"), instant(rs, "logged_at"),
                Side.valueOf(rs.getString("side")), Direction.valueOf(rs.getString("direction")), rs.getString("query_id"),
                rs.getString("client_id"), rs.getString("service_id"), rs.getString("user_id"), rs.getString("issue"),
                list(rs.getString("citizen_ids")), list(rs.getString("fields_disclosed")), rs.getString("fault_code"),
                rs.getLong("message_size"), instant(rs, "time_in"), instant(rs, "time_out"), stamped, archived);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
