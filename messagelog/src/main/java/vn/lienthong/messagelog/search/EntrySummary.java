package vn.lienthong.messagelog.search;

import java.time.Instant;
import java.util.List;
import vn.lienthong.messagelog.Direction;
import vn.lienthong.messagelog.Side;

/** One entry's metadata as search returns it (the message itself stays in the store). */
public record EntrySummary(String serverId, long entryNumber, Instant loggedAt, Side side, Direction direction,
                           String queryId, String client, String service, String userId, String issue,
                           List<String> citizenIds, List<String> fieldsDisclosed, String faultCode, long messageSize,
                           Instant timeIn, Instant timeOut, boolean stamped, boolean archived) {

    public EntrySummary {
        citizenIds = List.copyOf(citizenIds);
        fieldsDisclosed = List.copyOf(fieldsDisclosed);
    }

    public Outcome outcome() {
        return faultCode == null ? Outcome.SUCCESS : Outcome.FAULT;
    }
}
