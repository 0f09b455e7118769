package vn.lienthong.benchmarks.scale.messagelog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;
import vn.lienthong.messagelog.search.LogSearch;
import vn.lienthong.messagelog.search.SearchCriteria;
import vn.lienthong.messagelog.store.LogDatabase;

/**
 * Times the auditor's two lookups with the module's {@link LogSearch}: "who accessed this citizen's data"
 * ({@link LogSearch#citizen}) and "the entries of this exchange" (search by query id). Each lookup opens its own
 * connection, as {@link LogSearch} does. A warm-up round runs first and is not counted; a lookup that finds nothing
 * fails the run, since every sampled id is in the log.
 */
final class SearchTimer {

    /** Timings of one kind of lookup, and how many rows a lookup returned on average. */
    record Timed(Latencies latencies, double meanRows) {
    }

    private final LogSearch search;
    private final LogDatabase database;

    SearchTimer(LogDatabase database) {
        this.search = new LogSearch(database);
        this.database = database;
    }

    /** Opening and closing a connection alone, the fixed part of every lookup. */
    Timed connectOnly(int warmUp, int measured) {
        ToIntFunction<LookupSample.Lookup> connect = l -> {
            try (Connection c = database.connect()) {
                return c.isClosed() ? 0 : 1;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot connect to " + database, e);
            }
        };
        LookupSample.Lookup none = new LookupSample.Lookup("", "");
        return time(Collections.nCopies(warmUp, none), Collections.nCopies(measured, none), connect);
    }

    Timed byCitizen(List<LookupSample.Lookup> warmUp, List<LookupSample.Lookup> measured) {
        return time(warmUp, measured, l -> search.citizen(l.citizenId(), null, null).size());
    }

    Timed byQueryId(List<LookupSample.Lookup> warmUp, List<LookupSample.Lookup> measured) {
        return time(warmUp, measured, l -> search.search(SearchCriteria.builder().queryId(l.queryId()).build()).size());
    }

    private static Timed time(List<LookupSample.Lookup> warmUp, List<LookupSample.Lookup> measured,
                              ToIntFunction<LookupSample.Lookup> lookup) {
        warmUp.forEach(lookup::applyAsInt);
        long[] nanos = new long[measured.size()];
        long rows = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            int found = lookup.applyAsInt(measured.get(i));
            nanos[i] = System.nanoTime() - start;
            if (found == 0) {
                throw new IllegalStateException("a lookup found nothing for " + measured.get(i));
            }
            rows += found;
        }
        return new Timed(Latencies.of(nanos), rows / (double) nanos.length);
    }
}
