package vn.lienthong.messagelog.search;

import java.time.Instant;
import java.util.List;
import vn.lienthong.messagelog.Side;

/**
 * One exchange that concerned a citizen, as the citizen's "who looked at my data" report shows it (Decree 13/2023):
 * when, which agency (client), for which purpose (issue), which service, which fields were disclosed, and the outcome.
 *
 * @param loggedBy the security server and proxy side that logged it
 */
public record CitizenAccess(Instant when, String client, String service, String purpose, List<String> fieldsDisclosed,
                            Outcome outcome, String queryId, String userId, String loggedBy, Side side) {

    public CitizenAccess {
        fieldsDisclosed = List.copyOf(fieldsDisclosed);
    }
}
