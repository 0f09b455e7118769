package vn.lienthong.routes.provider.npd;

import java.time.Instant;
import java.util.List;

/** A validated request for records: the numbers, in request order, and the time to read them at (null: now). */
record CitizenQuery(List<String> pins, Instant at) {

    CitizenQuery {
        pins = List.copyOf(pins);
    }
}
